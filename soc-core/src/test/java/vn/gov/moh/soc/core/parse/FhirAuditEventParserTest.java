package vn.gov.moh.soc.core.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gov.moh.soc.core.event.Event;

/** FHIR AuditEvent records become EHR events with the fields the EHR rules read. */
class FhirAuditEventParserTest {
    private final EventReader reader = new EventReader();

    private static String auditEvent(String purpose, String entities) {
        return """
                {"resourceType":"AuditEvent","id":"ae-1","recorded":"2026-11-21T22:15:00+07:00","outcome":"0",
                 "type":{"code":"rest"},"subtype":[{"code":"read"}],
                 "agent":[{"requestor":false,"who":{"display":"HIS"}},
                          {"requestor":true,"who":{"identifier":{"value":"nguyen.van.an"},"display":"Nguyễn Văn An"},
                           "network":{"address":"10.20.1.15","type":"2"},
                           "purposeOfUse":[{"coding":[{"code":"%s"}]}]}],
                 "source":{"site":"bv-bach-mai","observer":{"display":"his-fhir-01.bvbachmai.vn"}},
                 "entity":[%s]}""".formatted(purpose, entities);
    }

    @Test
    void readOfAPatientRecordMapsToEhrFields() {
        Event e = reader.parseLine(auditEvent("ETREAT",
                "{\"what\":{\"reference\":\"Patient/BN-000123\"},\"role\":{\"code\":\"1\"}}"), InputFormat.AUTO);
        assertThat(e.logSource()).isEqualTo(FhirAuditEventParser.LOG_SOURCE);
        assertThat(e.get("@timestamp")).isEqualTo("2026-11-21T15:15:00Z");
        assertThat(e.get("user.name")).isEqualTo("nguyen.van.an");
        assertThat(e.get("user.full_name")).isEqualTo("Nguyễn Văn An");
        assertThat(e.get("source.ip")).isEqualTo("10.20.1.15");
        assertThat(e.get("ehr.purpose_of_use")).isEqualTo("ETREAT");
        assertThat(e.get("ehr.patient.id")).isEqualTo("BN-000123");
        assertThat(e.get("ehr.resource_type")).isEqualTo("Patient");
        assertThat(e.get("event.action")).isEqualTo("read");
        assertThat(e.get("event.outcome")).isEqualTo("success");
        assertThat(e.get("organization.id")).isEqualTo("bv-bach-mai");
        assertThat(e.get("host.name")).isEqualTo("his-fhir-01.bvbachmai.vn");
        assertThat(e.get("event.category")).isEqualTo(List.of("database"));
    }

    @Test
    void exportTakesItsResourceTypeFromTheQueryAndItsRecordCount() {
        String query = Base64.getEncoder().encodeToString("Observation?date=ge2026-01-01".getBytes(StandardCharsets.UTF_8));
        Event e = reader.parseLine(auditEvent("TREAT", "{\"query\":\"" + query
                + "\",\"detail\":[{\"type\":\"record-count\",\"valueString\":\"12000\"}]}"), InputFormat.JSONL);
        assertThat(e.get("ehr.resource_type")).isEqualTo("Observation");
        assertThat(e.get("ehr.record_count")).isEqualTo(12000L);
        assertThat(e.has("ehr.patient.id")).isFalse();
    }

    @Test
    void malformedAuditEventsNameTheProblem() {
        assertThatThrownBy(() -> reader.parseLine("{\"resourceType\":\"AuditEvent\",\"id\":\"x\"}", InputFormat.JSONL))
                .isInstanceOf(ParseException.class).hasMessageContaining("without 'recorded'");
        assertThatThrownBy(() -> reader.parseLine(
                "{\"resourceType\":\"AuditEvent\",\"recorded\":\"yesterday\"}", InputFormat.JSONL))
                .hasMessageContaining("'recorded' is not an instant");
        assertThatThrownBy(() -> reader.parseLine(auditEvent("TREAT",
                "{\"detail\":[{\"type\":\"record-count\",\"valueString\":\"many\"}]}"), InputFormat.JSONL))
                .hasMessageContaining("record-count is not a number");
    }
}
