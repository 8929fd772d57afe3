package vn.gov.moh.soc.portal.infrastructure.search;

import co.elastic.clients.json.JsonData;
import java.nio.charset.StandardCharsets;
import vn.gov.moh.soc.core.event.Event;
import vn.gov.moh.soc.core.event.EventJson;
import vn.gov.moh.soc.portal.domain.model.alert.AlertSummary;

/** Alert sources as Elasticsearch returns them, read with soc-core's codec (the job's own). */
final class AlertDocuments {
    private AlertDocuments() {
    }

    static Event event(JsonData source) {
        return EventJson.read(source.toJson().toString().getBytes(StandardCharsets.UTF_8));
    }

    static AlertSummary summary(String id, JsonData source) {
        return AlertSummary.of(id, event(source));
    }
}
