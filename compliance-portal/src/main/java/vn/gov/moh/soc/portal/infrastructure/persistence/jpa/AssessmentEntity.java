package vn.gov.moh.soc.portal.infrastructure.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import vn.gov.moh.soc.portal.domain.model.requirement.Assessment;
import vn.gov.moh.soc.portal.domain.model.requirement.AssessmentStatus;
import vn.gov.moh.soc.portal.domain.model.requirement.Finding;
import vn.gov.moh.soc.portal.domain.model.system.SystemId;

/** The latest assessment of one requirement for one system (unique per system and requirement). */
@Entity
@Table(name = "requirement_assessment")
public class AssessmentEntity {
    @Id
    @SequenceGenerator(name = "requirement_assessment_seq", sequenceName = "requirement_assessment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "requirement_assessment_seq")
    private Long id;
    @Column(name = "system_id", nullable = false)
    private long systemId;
    @Column(name = "requirement_code", nullable = false)
    private String requirementCode;
    @Column(nullable = false)
    private String status;
    private String evidence;
    @Column(name = "evidence_link")
    private String evidenceLink;
    @Column(name = "owner_name")
    private String owner;
    private String reason;
    @Column(name = "catalog_version", nullable = false)
    private String catalogVersion;
    @Column(name = "assessed_by", nullable = false)
    private String assessedBy;
    @Column(name = "assessed_at", nullable = false)
    private String assessedAt;
    @Version
    private long version;

    /** Through the entity's own method: EclipseLink's woven change tracking sees only these writes. */
    void copyFrom(Assessment a) {
        systemId = a.system().value();
        requirementCode = a.requirement();
        status = a.status().name();
        evidence = a.finding().evidence();
        evidenceLink = a.finding().evidenceLink();
        owner = a.finding().owner();
        reason = a.finding().reason();
        catalogVersion = a.catalogVersion();
        assessedBy = a.assessedBy();
        assessedAt = a.assessedAt().toString();
    }

    Assessment toDomain() {
        return new Assessment(new SystemId(systemId), requirementCode,
                new Finding(AssessmentStatus.valueOf(status), evidence, evidenceLink, owner, reason),
                catalogVersion, assessedBy, Instant.parse(assessedAt));
    }
}
