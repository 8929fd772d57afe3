package vn.gov.moh.soc.portal.domain.model.incident;

/** How a closed incident ended. */
public enum Resolution {
    /** A real incident, handled through to its review. */
    TRUE_POSITIVE_RESOLVED,
    /** Real activity that turned out harmless (an authorized scan, a drill). */
    BENIGN,
    /** The alerts were wrong: nothing happened. */
    FALSE_POSITIVE,
    /** Another incident covers it; the note names it. */
    DUPLICATE;

    /** Whether the incident happened and must go through every phase before it is closed. */
    public boolean realIncident() {
        return this == TRUE_POSITIVE_RESOLVED;
    }
}
