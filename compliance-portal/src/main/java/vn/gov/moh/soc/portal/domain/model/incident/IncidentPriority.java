package vn.gov.moh.soc.portal.domain.model.incident;

/**
 * In what order the SOC works incidents, P1 first. Alerts have a fifth priority (P5, context only);
 * an incident made of such alerts still needs work, so it is P4 at the lowest.
 */
public enum IncidentPriority {
    P1, P2, P3, P4;

    /** The incident priority for an alert priority ({@code P1}..{@code P5}); unknown or P5 gives P4. */
    public static IncidentPriority ofAlertPriority(String alertPriority) {
        if (alertPriority != null) {
            for (IncidentPriority p : values()) {
                if (p.name().equalsIgnoreCase(alertPriority.strip())) {
                    return p;
                }
            }
        }
        return P4;
    }
}
