package vn.gov.moh.soc.portal.infrastructure.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.gov.moh.soc.portal.domain.model.dossier.Dossier;

/**
 * A dossier's row: its state and due date. Versions, events and comments are rows of their own;
 * the optimistic {@code version} is raised by every save, so two concurrent changes of one
 * dossier cannot both commit.
 */
@Entity
@Table(name = "dossier")
public class DossierEntity {
    @Id
    @SequenceGenerator(name = "dossier_seq", sequenceName = "dossier_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dossier_seq")
    Long id;
    @Column(name = "system_id", nullable = false)
    long systemId;
    @Column(name = "owner_unit", nullable = false)
    String ownerUnit;
    @Column(nullable = false)
    String state;
    @Column(name = "open_for_system")
    Long openForSystem;
    @Column(name = "due_at")
    String dueAt;
    @Column(name = "re_review_reason")
    String reReviewReason;
    @Column(name = "re_review_at")
    String reReviewAt;
    @Column(name = "created_by", nullable = false)
    String createdBy;
    @Column(name = "created_at", nullable = false)
    String createdAt;
    @Version
    long version;

    /** Through the entity's own method: EclipseLink's woven change tracking sees only these. */
    void copyFrom(Dossier d) {
        systemId = d.system().value();
        ownerUnit = d.owner().value();
        state = d.state().name();
        openForSystem = d.state().open() ? d.system().value() : null;
        dueAt = d.dueAt() == null ? null : d.dueAt().toString();
        reReviewReason = d.reReview() == null ? null : d.reReview().reason();
        reReviewAt = d.reReview() == null ? null : d.reReview().flaggedAt().toString();
        createdBy = d.createdBy();
        createdAt = d.createdAt().toString();
    }
}
