package vn.gov.moh.soc.portal.infrastructure.search;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.FieldDateMath;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.gov.moh.soc.core.naming.Namespace;
import vn.gov.moh.soc.portal.application.event.EventFacets;
import vn.gov.moh.soc.portal.application.event.EventQuery;
import vn.gov.moh.soc.portal.domain.model.unit.UnitId;

/**
 * The Elasticsearch requests of the event search, built apart from their execution so that what
 * is asked can be checked without a server. Everything that only narrows (time, facet values, the
 * caller's units) is a {@code filter} clause: not scored, and cached by Elasticsearch.
 */
final class EventRequests {
    static final String TIME = "@timestamp";
    /** The tiebreaker of the sort: unique per event (the job indexes each event under it), a keyword with doc values. */
    static final String ID = "event.id";
    static final String UNIT = "organization.id";
    static final String HISTOGRAM = "histogram";
    /** The histogram's buckets start at midnight in Vietnam, not in UTC, for day-wide buckets. */
    static final String TIME_ZONE = "Asia/Ho_Chi_Minh";
    /** How many ids one jump from an alert looks up at most (a correlation names its window's events). */
    static final int MAX_IDS = 1_000;

    private EventRequests() {
    }

    /** A page of the search with its total, facets and histogram; the facets' names are the fields'. */
    static SearchRequest search(Namespace ns, EventQuery q, Optional<Set<UnitId>> units) {
        List<Query> filters = new ArrayList<>();
        filters.add(Query.of(f -> f.range(r -> r.date(d -> d.field(TIME).gte(q.from().toString()).lt(q.to().toString())))));
        q.sortedFilters().forEach((field, values) -> filters.add(terms(field, values)));
        units.ifPresent(u -> filters.add(terms(UNIT, u.stream().map(UnitId::value).sorted().toList())));
        Query query = Query.of(b -> b.bool(bool -> {
            if (!q.text().isEmpty()) {
                // Leading wildcards stay allowed (host.name:*web*): analysts use them, and with lenient
                // set a refused one would silently match nothing rather than say so.
                bool.must(m -> m.queryString(qs -> qs.query(q.text()).lenient(true).defaultOperator(Operator.And)));
            }
            return bool.filter(filters);
        }));
        Map<String, Aggregation> aggs = new LinkedHashMap<>();
        for (String facet : q.facets()) {
            aggs.put(facet, Aggregation.of(a -> a.terms(t -> t.field(facet).size(EventFacets.VALUES))));
        }
        long from = q.from().toEpochMilli();
        long last = q.to().toEpochMilli() - 1;
        aggs.put(HISTOGRAM, Aggregation.of(a -> a.dateHistogram(h -> h.field(TIME)
                .fixedInterval(t -> t.time(q.histogramInterval().toSeconds() + "s"))
                .timeZone(TIME_ZONE).minDocCount(0)
                .extendedBounds(b -> b.min(FieldDateMath.of(m -> m.value((double) from)))
                        .max(FieldDateMath.of(m -> m.value((double) last)))))));
        return SearchRequest.of(s -> {
            // No partial results: a day's index the time range skips counts as a shard that
            // succeeded, so a query refused by the others would otherwise answer "0 events".
            s.index(ns.eventsIndexPattern()).ignoreUnavailable(true).allowNoIndices(true).allowPartialSearchResults(false)
                    .query(query).size(q.size()).trackTotalHits(t -> t.enabled(true))
                    .sort(o -> o.field(f -> f.field(TIME).order(SortOrder.Desc)))
                    .sort(o -> o.field(f -> f.field(ID).order(SortOrder.Desc)))
                    .aggregations(aggs);
            if (q.after() != null) {
                s.searchAfter(SearchCursor.decode(q.after()));
            }
            return s;
        });
    }

    /** The events of these ids (a document's id is its {@code event.id}), oldest first. */
    static SearchRequest byIds(Namespace ns, Collection<String> ids, Optional<Set<UnitId>> units) {
        List<String> wanted = ids.stream().distinct().toList();
        if (wanted.size() > MAX_IDS) {
            wanted = wanted.subList(0, MAX_IDS);
        }
        List<String> asked = wanted;
        List<Query> filters = new ArrayList<>();
        filters.add(Query.of(f -> f.ids(i -> i.values(asked))));
        units.ifPresent(u -> filters.add(terms(UNIT, u.stream().map(UnitId::value).sorted().toList())));
        return SearchRequest.of(s -> s.index(ns.eventsIndexPattern()).ignoreUnavailable(true).allowNoIndices(true)
                .allowPartialSearchResults(false).query(q -> q.bool(b -> b.filter(filters))).size(asked.size())
                .sort(o -> o.field(f -> f.field(TIME).order(SortOrder.Asc)))
                .sort(o -> o.field(f -> f.field(ID).order(SortOrder.Asc))));
    }

    private static Query terms(String field, List<String> values) {
        List<FieldValue> v = values.stream().map(FieldValue::of).toList();
        return Query.of(q -> q.terms(t -> t.field(field).terms(tv -> tv.value(v))));
    }
}
