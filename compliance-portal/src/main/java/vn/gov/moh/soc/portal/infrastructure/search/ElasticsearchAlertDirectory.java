package vn.gov.moh.soc.portal.infrastructure.search;

import co.elastic.clients.elasticsearch.core.MgetResponse;
import co.elastic.clients.elasticsearch.core.mget.MultiGetResponseItem;
import co.elastic.clients.json.JsonData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import vn.gov.moh.soc.portal.application.alert.AlertDirectory;
import vn.gov.moh.soc.portal.domain.model.alert.AlertSummary;

/** Alerts by id with one multi-get on the alerts index; the sources are read with soc-core's codec. */
@ApplicationScoped
public class ElasticsearchAlertDirectory implements AlertDirectory {
    /** More ids than one request should carry; escalating a larger group is refused by the caller. */
    static final int MAX_IDS = 1000;

    @Inject
    SearchClient search;

    @Override
    public List<AlertSummary> find(Collection<String> ids) {
        List<String> wanted = new ArrayList<>(new LinkedHashSet<>(ids));
        if (wanted.isEmpty()) {
            return List.of();
        }
        if (wanted.size() > MAX_IDS) {
            throw new IllegalArgumentException("at most " + MAX_IDS + " alerts at once, not " + wanted.size());
        }
        MgetResponse<JsonData> response;
        try {
            response = search.client().mget(m -> m.index(search.namespace().alertsIndex()).ids(wanted), JsonData.class);
        } catch (IOException | RuntimeException e) {
            if (e instanceof SearchUnavailableException s) {
                throw s;
            }
            throw SearchClient.unavailable("looking up alerts", e);
        }
        List<AlertSummary> found = new ArrayList<>();
        for (MultiGetResponseItem<JsonData> item : response.docs()) {
            if (item.isResult() && item.result().found() && item.result().source() != null) {
                found.add(AlertDocuments.summary(item.result().id(), item.result().source()));
            }
        }
        return found;
    }
}
