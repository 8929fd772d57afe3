package vn.gov.moh.soc.portal.infrastructure.search;

import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import vn.gov.moh.soc.portal.application.drill.DrillAlerts;
import vn.gov.moh.soc.portal.domain.model.drill.run.ObservedAlert;

/** A drill run's alerts from the namespace's alerts index. */
@ApplicationScoped
public class ElasticsearchDrillAlerts implements DrillAlerts {
    @Inject
    SearchClient search;

    @Override
    public List<ObservedAlert> marked(String mark, int max) {
        SearchResponse<JsonData> r;
        try {
            r = search.client().search(DrillAlertRequests.marked(search.namespace().alertsIndex(), mark, max), JsonData.class);
        } catch (IOException | RuntimeException e) {
            if (e instanceof SearchUnavailableException s) {
                throw s;
            }
            throw SearchClient.unavailable("reading a drill's alerts", e);
        }
        List<ObservedAlert> out = new ArrayList<>();
        for (Hit<JsonData> h : r.hits().hits()) {
            if (h.source() != null) {
                ObservedAlert a = DrillAlertRequests.observed(h.id(), AlertDocuments.event(h.source()));
                if (a != null) {
                    out.add(a);
                }
            }
        }
        return out;
    }
}
