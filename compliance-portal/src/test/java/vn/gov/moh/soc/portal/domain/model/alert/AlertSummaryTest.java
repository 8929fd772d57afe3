package vn.gov.moh.soc.portal.domain.model.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.gov.moh.soc.core.event.EventJson;

class AlertSummaryTest {
    private static AlertSummary read(String json) {
        return AlertSummary.of("a-1", EventJson.read(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aCorrelationAlertNamesEveryHostUnitAndSystemAndTheHighestLevel() {
        AlertSummary s = read("""
                {"@timestamp":"2026-11-30T01:02:03Z","rule":{"id":"r1","name":"SSH brute force"},
                 "host":{"name":["his-web-1","his-web-2"],"ip":["10.1.0.5"]},"source":{"ip":"203.0.113.9"},
                 "organization":{"id":["bv-bach-mai","bv-xanh-pon"]},
                 "soc":{"system":{"id":["system-4","system-9"],"name":["HIS","PACS"],"level":[3,4]},
                        "alert":{"priority":"P1","rule_level":"high","status":"open","group_key":"source.ip=203.0.113.9",
                                 "event_count":12,"event_ids":["e1","e2"]}},
                 "threat":{"tactic":{"name":["credential_access"]},"technique":{"id":["T1110"]}}}
                """);
        assertThat(s.id()).isEqualTo("a-1");
        assertThat(s.timestamp()).isEqualTo(Instant.parse("2026-11-30T01:02:03Z"));
        assertThat(s.hostNames()).containsExactly("his-web-1", "his-web-2");
        assertThat(s.unitIds()).containsExactly("bv-bach-mai", "bv-xanh-pon");
        assertThat(s.systemIds()).containsExactly("system-4", "system-9");
        assertThat(s.systemLevel()).isEqualTo(4);
        assertThat(s.priority()).isEqualTo("P1");
        assertThat(s.eventCount()).isEqualTo(12);
        assertThat(s.eventIds()).containsExactly("e1", "e2");
        assertThat(s.techniques()).containsExactly("T1110");
        assertThat(s.sourceIps()).containsExactly("203.0.113.9");
    }

    @Test
    void anAlertWithoutAssetContextHasNoSystemsAndLevelZero() {
        AlertSummary s = read("""
                {"@timestamp":"2026-11-30T01:02:03Z","rule":{"name":"Sudo"},"soc":{"alert":{"status":"open"}}}
                """);
        assertThat(s.systemIds()).isEmpty();
        assertThat(s.systemLevel()).isZero();
        assertThat(s.eventCount()).isEqualTo(1);
        assertThat(s.ruleId()).isNull();
        assertThat(s.drill()).isNull();
        assertThat(s.isDrill()).isFalse();
    }

    @Test
    void aDrillsAlertCarriesItsMark() {
        AlertSummary s = read("""
                {"@timestamp":"2026-11-30T01:02:03Z","rule":{"name":"Sudo"},"labels":{"soc_drill":"drill-run-7"}}
                """);
        assertThat(s.drill()).isEqualTo("drill-run-7");
        assertThat(s.isDrill()).isTrue();
    }
}
