package vn.gov.moh.soc.portal.domain.model.dossier;

import java.util.Objects;
import vn.gov.moh.soc.core.asset.SecurityLevel;
import vn.gov.moh.soc.portal.domain.model.level.Confirmation;

/**
 * Who appraises and who approves a dossier of one level, and the time each step may take: a row
 * of the table {@code dossier_authority}, seeded by migration, changed by data when the law or the
 * organization of the State changes (as it did in 2025).
 *
 * @param level         the proposed level
 * @param appraiser     the appraising body (cơ quan thẩm định)
 * @param approver      the approving body (cơ quan phê duyệt)
 * @param legalBasis    where the law says so
 * @param confirmation  whether the row was checked in a public text of the law
 * @param appraisalDays calendar days from submission to the end of the appraisal
 * @param approvalDays  calendar days the approver has after the appraisal
 * @param revisionDays  calendar days the owner has to resubmit a returned dossier
 * @param note          what is uncertain or has changed
 */
public record Authority(SecurityLevel level, String appraiser, String approver, String legalBasis, Confirmation confirmation,
                        int appraisalDays, int approvalDays, int revisionDays, String note) {
    public Authority {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(appraiser, "appraiser");
        Objects.requireNonNull(approver, "approver");
        Objects.requireNonNull(confirmation, "confirmation");
        if (appraisalDays < 1 || approvalDays < 1 || revisionDays < 1) {
            throw new IllegalArgumentException("every step of level " + level.number() + " has at least one day");
        }
        note = note == null ? "" : note;
    }

    /** How long the authority has from a submission to its decision. */
    public int decisionDays() {
        return appraisalDays + approvalDays;
    }
}
