package vn.gov.moh.soc.portal.infrastructure.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.gov.moh.soc.core.asset.SecurityLevel;
import vn.gov.moh.soc.portal.domain.model.dossier.Authority;
import vn.gov.moh.soc.portal.domain.model.level.Confirmation;

/** A row of the authority table; written by migrations only. */
@Entity
@Table(name = "dossier_authority")
public class AuthorityEntity {
    @Id
    @Column(name = "security_level")
    private int level;
    @Column(nullable = false)
    private String appraiser;
    @Column(nullable = false)
    private String approver;
    @Column(name = "legal_basis", nullable = false)
    private String legalBasis;
    @Column(nullable = false)
    private String confirmation;
    @Column(name = "appraisal_days", nullable = false)
    private int appraisalDays;
    @Column(name = "approval_days", nullable = false)
    private int approvalDays;
    @Column(name = "revision_days", nullable = false)
    private int revisionDays;
    private String note;

    Authority toDomain() {
        return new Authority(SecurityLevel.of(level), appraiser, approver, legalBasis, Confirmation.valueOf(confirmation),
                appraisalDays, approvalDays, revisionDays, note);
    }
}
