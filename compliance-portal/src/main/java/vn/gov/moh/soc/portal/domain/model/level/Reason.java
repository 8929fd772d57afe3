package vn.gov.moh.soc.portal.domain.model.level;

import vn.gov.moh.soc.core.asset.SecurityLevel;

/**
 * Why a level is proposed: a criterion that matched, and whether it matched the system itself or
 * one of its components.
 *
 * @param criterion the row of the criteria table
 * @param component the component it matched, or null for the system as a whole
 */
public record Reason(Criterion criterion, String component) {
    public SecurityLevel level() {
        return criterion.level();
    }

    /** One line for officers: "Cấp độ 3 — Decree 85/2016/ND-CP Art. 9(1) [unconfirmed]: ... (component X, Art. 5)". */
    public String explanation() {
        String where = component == null ? "" : " (component '" + component + "', highest level of the components: "
                + Decree85Criteria.COMPONENTS_RULE + ")";
        String status = criterion.confirmation() == Confirmation.UNCONFIRMED ? " [unconfirmed]" : "";
        return Decree85Criteria.legalTerm(criterion.level()) + " — " + criterion.reference() + status + ": " + criterion.condition() + where;
    }
}
