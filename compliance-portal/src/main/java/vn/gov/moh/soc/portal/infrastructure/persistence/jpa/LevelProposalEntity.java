package vn.gov.moh.soc.portal.infrastructure.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One officer's proposal with the computed level and reasons it was made against. */
@Entity
@Table(name = "level_proposal")
public class LevelProposalEntity {
    @Id
    @SequenceGenerator(name = "level_proposal_seq", sequenceName = "level_proposal_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "level_proposal_seq")
    Long id;
    @Column(name = "system_id", nullable = false)
    long systemId;
    @Column(name = "computed_level", nullable = false)
    int computedLevel;
    @Column(name = "reasons_json", nullable = false)
    String reasonsJson;
    @Column(name = "proposed_level", nullable = false)
    int proposedLevel;
    String justification;
    @Column(name = "proposed_by", nullable = false)
    String proposedBy;
    @Column(name = "proposed_at", nullable = false)
    String proposedAt;
}
