package vn.gov.moh.soc.portal.domain.model.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChainVerificationTest {
    private static List<AuditRecord> chain(int n) {
        List<AuditRecord> records = new ArrayList<>();
        String last = AuditRecord.GENESIS;
        for (int i = 0; i < n; i++) {
            AuditRecord r = AuditRecord.append(i, last, Instant.parse("2026-12-01T08:00:00Z").plusSeconds(i), "officer.bachmai",
                    "system.update", "system", "7", "{\"name\":\"v" + i + "\"}", "{\"name\":\"v" + (i + 1) + "\"}");
            records.add(r);
            last = r.hash();
        }
        return records;
    }

    private static ChainVerification verify(List<AuditRecord> records, List<AuditRecord> original) {
        AuditRecord head = original.get(original.size() - 1);
        return ChainVerification.of(records, head.position(), head.hash());
    }

    @Test
    void anUntouchedChainIsIntact() {
        List<AuditRecord> records = chain(5);
        ChainVerification v = verify(records, records);
        assertThat(v.intact()).isTrue();
        assertThat(v.records()).isEqualTo(5);
        assertThat(ChainVerification.of(List.of(), 0, AuditRecord.GENESIS).intact()).isTrue();
    }

    @Test
    void anAlteredRecordIsFound() {
        List<AuditRecord> original = chain(5);
        List<AuditRecord> tampered = new ArrayList<>(original);
        AuditRecord r = original.get(2);
        tampered.set(2, new AuditRecord(r.position(), r.at(), "someone.else", r.action(), r.entityType(), r.entityId(),
                r.before(), r.after(), r.previousHash(), r.hash()));

        ChainVerification v = verify(tampered, original);
        assertThat(v.intact()).isFalse();
        assertThat(v.problems()).containsExactly("record 3 was altered: its content does not match its hash");
    }

    @Test
    void anAlteredRecordWithARecomputedHashBreaksTheNextLink() {
        List<AuditRecord> original = chain(4);
        List<AuditRecord> tampered = new ArrayList<>(original);
        AuditRecord r = original.get(1);
        AuditRecord forged = AuditRecord.append(1, r.previousHash(), r.at(), r.actor(), r.action(), r.entityType(), r.entityId(),
                r.before(), "{\"name\":\"forged\"}");
        tampered.set(1, forged);

        assertThat(verify(tampered, original).problems())
                .containsExactly("record 3 does not follow the hash of the record before it");
    }

    @Test
    void aDeletedRecordIsFound() {
        List<AuditRecord> original = chain(5);
        List<AuditRecord> tampered = new ArrayList<>(original);
        tampered.remove(1);

        assertThat(verify(tampered, original).problems()).contains("record 2 missing (next found: 3)");
    }

    @Test
    void removingTheNewestRecordIsFoundThroughTheHead() {
        List<AuditRecord> original = chain(3);
        List<AuditRecord> tampered = new ArrayList<>(original.subList(0, 2));

        assertThat(verify(tampered, original).problems()).singleElement().asString().contains("ends at record 2 but its head says 3");
    }
}
