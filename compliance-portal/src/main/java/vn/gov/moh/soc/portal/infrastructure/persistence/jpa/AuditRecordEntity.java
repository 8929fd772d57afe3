package vn.gov.moh.soc.portal.infrastructure.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.gov.moh.soc.portal.domain.model.audit.AuditRecord;

/** A stored audit record. The time is kept as the exact text that was hashed. */
@Entity
@Table(name = "audit_record")
public class AuditRecordEntity {
    @Id
    private long position;
    @Column(nullable = false)
    private String at;
    @Column(nullable = false)
    private String actor;
    @Column(nullable = false)
    private String action;
    @Column(name = "entity_type")
    private String entityType;
    @Column(name = "entity_id")
    private String entityId;
    @Column(name = "before_json")
    private String before;
    @Column(name = "after_json")
    private String after;
    @Column(name = "previous_hash", nullable = false)
    private String previousHash;
    @Column(nullable = false)
    private String hash;

    static AuditRecordEntity of(AuditRecord r) {
        AuditRecordEntity e = new AuditRecordEntity();
        e.position = r.position();
        e.at = r.at().toString();
        e.actor = r.actor();
        e.action = r.action();
        e.entityType = r.entityType();
        e.entityId = r.entityId();
        e.before = r.before();
        e.after = r.after();
        e.previousHash = r.previousHash();
        e.hash = r.hash();
        return e;
    }

    AuditRecord toDomain() {
        return new AuditRecord(position, Instant.parse(at), actor, action, entityType, entityId, before, after, previousHash, hash);
    }
}
