package vn.gov.moh.soc.portal.infrastructure.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The chain's single head row: locked by each append, so records get gapless positions in order. */
@Entity
@Table(name = "audit_head")
public class AuditHeadEntity {
    @Id
    int id;
    @Column(name = "last_position", nullable = false)
    long lastPosition;
    @Column(name = "last_hash", nullable = false)
    String lastHash;

    /** A method of the entity, not a field write from outside: EclipseLink's woven change tracking sees only these. */
    void advance(long position, String hash) {
        lastPosition = position;
        lastHash = hash;
    }
}
