package vn.gov.moh.soc.portal.infrastructure.search;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.gov.moh.soc.core.event.EventJson;
import vn.gov.moh.soc.portal.domain.model.drill.run.ObservedAlert;

/** A drill run's alerts: the search by its mark, and the triage times read from a document. */
class DrillAlertRequestsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theSearchFiltersOnTheMarkOldestFirst() throws Exception {
        JsonNode r = JSON.readTree(JsonpUtils.toJsonString(DrillAlertRequests.marked("t1-soc-alerts", "drill-run-7", 500),
                new JacksonJsonpMapper()));
        assertThat(r.at("/query/bool/filter/0/term/labels.soc_drill/value").asText()).isEqualTo("drill-run-7");
        assertThat(r.path("size").asInt()).isEqualTo(500);
        assertThat(r.at("/sort/0").toString()).contains("@timestamp", "asc");
        assertThat(r.at("/_source/includes").toString()).contains("soc.alert.acknowledged_at", "soc.alert.closed_at");
    }

    @Test
    void anAlertDocumentGivesItsRuleAndTimes() {
        ObservedAlert a = DrillAlertRequests.observed("a1", EventJson.read(("{\"@timestamp\":\"2026-12-01T03:00:12Z\","
                + "\"rule\":{\"id\":\"r-1\",\"name\":\"SSH Brute Force From One Source\"},\"labels\":{\"soc_drill\":\"drill-run-7\"},"
                + "\"soc\":{\"alert\":{\"status\":\"escalated\",\"acknowledged_at\":\"2026-12-01T03:01:40Z\","
                + "\"closed_at\":\"2026-12-01T03:05:00Z\"}}}")
                .getBytes(StandardCharsets.UTF_8)));
        assertThat(a.ruleId()).isEqualTo("r-1");
        assertThat(a.ruleName()).isEqualTo("SSH Brute Force From One Source");
        assertThat(a.raisedAt()).isEqualTo(Instant.parse("2026-12-01T03:00:12Z"));
        assertThat(a.acknowledgedAt()).isEqualTo(Instant.parse("2026-12-01T03:01:40Z"));
        assertThat(a.closedAt()).isEqualTo(Instant.parse("2026-12-01T03:05:00Z"));
        ObservedAlert open = DrillAlertRequests.observed("a2", EventJson.read(
                "{\"@timestamp\":\"2026-12-01T03:00:12Z\",\"soc\":{\"alert\":{\"status\":\"open\"}}}"
                        .getBytes(StandardCharsets.UTF_8)));
        assertThat(open.acknowledgedAt()).isNull();
        assertThat(open.closedAt()).isNull();
        ObservedAlert reopened = DrillAlertRequests.observed("a4", EventJson.read(("{\"@timestamp\":\"2026-12-01T03:00:12Z\","
                + "\"soc\":{\"alert\":{\"status\":\"open\",\"closed_at\":\"2026-12-01T03:05:00Z\"}}}")
                .getBytes(StandardCharsets.UTF_8)));
        assertThat(reopened.closedAt()).as("reopened: closed no more").isNull();
        assertThat(DrillAlertRequests.observed("a3", EventJson.read("{\"rule\":{\"id\":\"r\"}}".getBytes(StandardCharsets.UTF_8))))
                .as("no time, nothing to measure").isNull();
    }
}
