package vn.gov.moh.soc.portal.infrastructure.search;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeAggregationSource;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.gov.moh.soc.core.naming.Namespace;
import vn.gov.moh.soc.portal.domain.model.unit.UnitId;

/**
 * The IPv6 traffic request: the events with an address in the time range, one composite bucket per
 * month (Vietnam's calendar), unit and system, each with the count of its IPv6 events.
 *
 * <p>{@code source.ip} and {@code destination.ip} are {@code ip} fields, which Lucene keeps as
 * 16 bytes with IPv4 as IPv4-mapped IPv6 ({@code ::ffff:a.b.c.d}); a term query on the CIDR
 * {@code 0.0.0.0/0} matches exactly those, so an address is IPv6 when it exists and is not in that
 * range ({@code ::/0} would match every address, IPv4 included). An event counts as IPv6 when its
 * source or destination is; the IPv4 count is the bucket's count minus that. A {@code recent} filter
 * counts the same from an instant on (the dual-stack check's window), inside the same buckets.
 */
final class Ipv6TrafficRequests {
    static final String BUCKETS = "traffic";
    static final String MONTH = "month";
    static final String UNIT = "unit";
    static final String SYSTEM = "system";
    static final String IPV6 = "ipv6";
    static final String RECENT = "recent";
    static final String UNIT_FIELD = "organization.id";
    static final String SYSTEM_FIELD = "soc.system.id";
    static final String IPV4_RANGE = "0.0.0.0/0";
    static final List<String> ADDRESSES = List.of("source.ip", "destination.ip");
    /** Buckets per page: units × systems × months of a province in one answer. */
    static final int PAGE = 5_000;

    private Ipv6TrafficRequests() {
    }

    /** @param after the previous page's last key, null for the first page */
    static SearchRequest monthly(Namespace ns, Set<UnitId> units, Instant from, Instant to, Instant recentFrom,
            Map<String, FieldValue> after) {
        List<Query> filters = new ArrayList<>();
        filters.add(Query.of(q -> q.range(r -> r.date(d -> d.field(EventRequests.TIME).gte(from.toString()).lt(to.toString())))));
        filters.add(Query.of(q -> q.exists(e -> e.field(UNIT_FIELD))));
        filters.add(Query.of(q -> q.bool(b -> b.should(ADDRESSES.stream().map(f -> Query.of(s -> s.exists(e -> e.field(f)))).toList())
                .minimumShouldMatch("1"))));
        if (units != null) {
            filters.add(Query.of(q -> q.terms(t -> t.field(UNIT_FIELD).terms(v -> v.value(
                    units.stream().map(UnitId::value).sorted().map(FieldValue::of).toList())))));
        }
        Aggregation composite = Aggregation.of(a -> a.composite(c -> {
            c.size(PAGE).sources(List.of(
                    Map.of(MONTH, CompositeAggregationSource.of(s -> s.dateHistogram(h -> h.field(EventRequests.TIME)
                            .calendarInterval(t -> t.time("1M")).timeZone(EventRequests.TIME_ZONE)))),
                    Map.of(UNIT, CompositeAggregationSource.of(s -> s.terms(t -> t.field(UNIT_FIELD)))),
                    Map.of(SYSTEM, CompositeAggregationSource.of(s -> s.terms(t -> t.field(SYSTEM_FIELD).missingBucket(true))))));
            if (after != null) {
                c.after(after);
            }
            return c;
        }).aggregations(IPV6, x -> x.filter(ipv6()))
                .aggregations(RECENT, x -> x.filter(f -> f.range(r -> r.date(d -> d.field(EventRequests.TIME).gte(recentFrom.toString()))))
                        .aggregations(IPV6, y -> y.filter(ipv6()))));
        return SearchRequest.of(s -> s.index(ns.eventsIndexPattern()).ignoreUnavailable(true).allowNoIndices(true)
                .allowPartialSearchResults(false).size(0).trackTotalHits(t -> t.enabled(false))
                .query(q -> q.bool(b -> b.filter(filters))).aggregations(BUCKETS, composite));
    }

    /** Source or destination is an IPv6 address (not an IPv4 one, mapped or not). */
    static Query ipv6() {
        return Query.of(q -> q.bool(b -> b.should(ADDRESSES.stream().map(Ipv6TrafficRequests::ipv6Address).toList()).minimumShouldMatch("1")));
    }

    private static Query ipv6Address(String field) {
        return Query.of(q -> q.bool(b -> b.filter(f -> f.exists(e -> e.field(field)))
                .mustNot(n -> n.term(t -> t.field(field).value(IPV4_RANGE)))));
    }
}
