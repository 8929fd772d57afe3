package vn.gov.moh.soc.jobs.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.flink.util.InstantiationUtil;
import org.junit.jupiter.api.Test;
import vn.gov.moh.soc.core.naming.Namespace;
import vn.gov.moh.soc.jobs.record.AlertRecord;
import vn.gov.moh.soc.jobs.record.EventRecord;

class RecordDocumentMappersTest {
    private static final Namespace NS = Namespace.of("t1");
    private static final byte[] JSON = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);

    @Test
    void anEventGoesToTheIndexOfItsUtcDayUnderItsIdWithItsJsonAsIs() throws Exception {
        // 23:30 in Hanoi on the 21st is 16:30 UTC: the UTC day decides.
        long time = Instant.parse("2026-11-21T16:30:00Z").toEpochMilli();
        DocumentMapper<EventRecord> mapper = InstantiationUtil.clone(RecordDocumentMappers.events(NS));

        IndexDocument doc = mapper.toDocument(new EventRecord("agent-1:auth:42", time, "h", JSON));

        assertThat(doc.index()).isEqualTo(NS.eventsIndex(java.time.LocalDate.of(2026, 11, 21)));
        assertThat(doc.id()).isEqualTo("agent-1:auth:42");
        assertThat(doc.source()).isEqualTo(JSON);
        assertThat(doc.operation()).as("a replay rewrites it").isEqualTo(IndexDocument.Operation.INDEX);
    }

    @Test
    void anAlertIsCreatedInTheAlertsIndexUnderItsId() throws Exception {
        DocumentMapper<AlertRecord> mapper = InstantiationUtil.clone(RecordDocumentMappers.alerts(NS));

        IndexDocument doc = mapper.toDocument(new AlertRecord("alert-1", "r", "high", 0L, JSON));

        assertThat(doc.index()).isEqualTo(NS.alertsIndex());
        assertThat(doc.id()).isEqualTo("alert-1");
        assertThat(doc.operation()).as("a replay keeps the stored alert and its triage").isEqualTo(IndexDocument.Operation.CREATE);
    }
}
