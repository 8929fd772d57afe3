package vn.gov.moh.soc.portal.infrastructure.search;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.json.JsonData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.gov.moh.soc.core.naming.Namespace;
import vn.gov.moh.soc.portal.application.pipeline.RuleAlertCounts;

/**
 * Alerts per rule in one request on the alerts index: a terms aggregation on {@code rule.id}
 * (every rule that fired, up to {@link #MAX_RULES}), each with its most frequent {@code rule.name}
 * and a filter for the recent ones; the bucket's own count is the total.
 */
@ApplicationScoped
public class ElasticsearchRuleAlertCounts implements RuleAlertCounts {
    /** More rules than SigmaHQ's whole rule set, so every rule that ever fired is listed. */
    static final int MAX_RULES = 5_000;
    static final String RULES = "rules";
    static final String NAME = "name";
    static final String RECENT = "recent";

    @Inject
    SearchClient search;

    @Override
    public Map<String, Count> byRule(Instant since) {
        SearchResponse<Void> response;
        try {
            response = search.client().search(request(search.namespace(), since), Void.class);
        } catch (ElasticsearchException | IOException e) {
            if (e instanceof ElasticsearchException es && es.status() == 404) {
                return Map.of(); // no alert yet: the index is created with the first one
            }
            throw SearchClient.unavailable("counting alerts per rule", e);
        } catch (RuntimeException e) {
            throw e instanceof SearchUnavailableException s ? s : SearchClient.unavailable("counting alerts per rule", e);
        }
        Map<String, Count> out = new LinkedHashMap<>();
        if (response.aggregations().get(RULES) == null) {
            return out; // no alerts index: nothing fired yet
        }
        for (StringTermsBucket b : response.aggregations().get(RULES).sterms().buckets().array()) {
            List<StringTermsBucket> names = b.aggregations().get(NAME).sterms().buckets().array();
            String name = names.isEmpty() ? null : names.get(0).key().stringValue();
            long recent = b.aggregations().get(RECENT).filter().docCount();
            String id = b.key().stringValue();
            out.put(id, new Count(id, name, recent, b.docCount()));
        }
        return out;
    }

    static SearchRequest request(Namespace ns, Instant since) {
        return SearchRequest.of(s -> s.index(ns.alertsIndex()).ignoreUnavailable(true).size(0)
                .aggregations(RULES, Aggregation.of(a -> a.terms(t -> t.field("rule.id").size(MAX_RULES))
                        .aggregations(NAME, Aggregation.of(n -> n.terms(t -> t.field("rule.name").size(1))))
                        .aggregations(RECENT, Aggregation.of(r -> r.filter(f -> f.range(g -> g.date(
                                d -> d.field(EventRequests.TIME).gte(since.toString())))))))));
    }
}
