package vn.gov.moh.soc.agent.generate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/** The demo's simulated servers send the agents' heartbeat, one per server, keyed by agent id. */
class SimulatedHostHeartbeatsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyServerOfEveryUnitGetsAHeartbeatInTheAgentsFormat() throws Exception {
        Instant started = Instant.parse("2026-12-01T08:00:00Z");
        List<ProducerRecord<String, String>> records = SimulatedHostHeartbeats.records(
                List.of(UnitCatalog.unit("bv-bach-mai"), UnitCatalog.unit("syt-ha-noi")), "soc.agent.heartbeat", started);

        assertThat(records).hasSize(32).allSatisfy(r -> assertThat(r.topic()).isEqualTo("soc.agent.heartbeat"));
        List<String> hosts = new ArrayList<>();
        for (ProducerRecord<String, String> r : records) {
            JsonNode doc = JSON.readTree(r.value());
            assertThat(doc.path("agent").path("id").asText()).isEqualTo(r.key());
            assertThat(doc.path("agent").path("version").asText()).endsWith("-simulated");
            assertThat(doc.path("agent").path("started").asText()).isEqualTo("2026-12-01T08:00:00Z");
            assertThat(Instant.parse(doc.path("@timestamp").asText())).isAfter(started);
            assertThat(doc.path("spool").path("bytes").asLong()).isZero();
            assertThat(doc.path("kafka_connected").asBoolean()).isTrue();
            hosts.add(doc.path("unit").asText() + " " + doc.path("host").path("name").asText());
        }
        assertThat(hosts).contains("bv-bach-mai his-web-01.bvbachmai.vn", "bv-bach-mai DC01.bvbachmai.local",
                "syt-ha-noi lis-01.soytehanoi.vn", "syt-ha-noi PACS-SRV01.soytehanoi.local").doesNotHaveDuplicates();
        assertThat(records.get(0).key()).isEqualTo("bv-bach-mai-his-web-01");
    }
}
