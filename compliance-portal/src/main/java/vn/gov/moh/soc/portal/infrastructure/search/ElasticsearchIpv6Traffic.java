package vn.gov.moh.soc.portal.infrastructure.search;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeAggregate;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeBucket;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.gov.moh.soc.portal.application.LocalDay;
import vn.gov.moh.soc.portal.application.dashboard.Ipv6Traffic;
import vn.gov.moh.soc.portal.domain.model.unit.UnitId;

/**
 * {@link Ipv6Traffic} on the namespace's event indices with {@link Ipv6TrafficRequests}: one
 * request per {@link Ipv6TrafficRequests#PAGE} buckets (one for a province's year), composite
 * buckets being exact where a {@code terms} aggregation would be approximate.
 */
@ApplicationScoped
public class ElasticsearchIpv6Traffic implements Ipv6Traffic {
    @Inject
    SearchClient search;

    @Override
    public List<Count> monthly(Set<UnitId> units, Instant from, Instant to, Instant recentFrom) {
        List<Count> result = new ArrayList<>();
        Map<String, FieldValue> after = null;
        do {
            SearchResponse<Void> response;
            try {
                response = search.client().search(Ipv6TrafficRequests.monthly(search.namespace(), units, from, to, recentFrom, after), Void.class);
            } catch (ElasticsearchException | IOException e) {
                throw SearchClient.unavailable("counting IPv6 traffic", e);
            } catch (RuntimeException e) {
                throw e instanceof SearchUnavailableException s ? s : SearchClient.unavailable("counting IPv6 traffic", e);
            }
            if (response.aggregations().get(Ipv6TrafficRequests.BUCKETS) == null) {
                return result; // no event index yet
            }
            CompositeAggregate page = response.aggregations().get(Ipv6TrafficRequests.BUCKETS).composite();
            for (CompositeBucket b : page.buckets().array()) {
                result.add(count(b));
            }
            after = page.buckets().array().size() < Ipv6TrafficRequests.PAGE || page.afterKey() == null || page.afterKey().isEmpty()
                    ? null : page.afterKey();
        } while (after != null);
        return result;
    }

    private static Count count(CompositeBucket b) {
        Map<String, FieldValue> key = b.key();
        LocalDate day = LocalDate.ofInstant(Instant.ofEpochMilli(key.get(Ipv6TrafficRequests.MONTH).longValue()), LocalDay.VIETNAM);
        FieldValue system = key.get(Ipv6TrafficRequests.SYSTEM);
        long ipv6 = b.aggregations().get(Ipv6TrafficRequests.IPV6).filter().docCount();
        var recent = b.aggregations().get(Ipv6TrafficRequests.RECENT).filter();
        long recentIpv6 = recent.aggregations().get(Ipv6TrafficRequests.IPV6).filter().docCount();
        return new Count(YearMonth.from(day), UnitId.of(key.get(Ipv6TrafficRequests.UNIT).stringValue()),
                system == null || system.isNull() ? null : system.stringValue(), b.docCount() - ipv6, ipv6,
                recent.docCount() - recentIpv6, recentIpv6);
    }
}
