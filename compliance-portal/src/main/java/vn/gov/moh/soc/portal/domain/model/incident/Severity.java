package vn.gov.moh.soc.portal.domain.model.incident;

import java.util.Locale;

/** How much harm the incident does or may do; with the systems' level it sets the response deadlines. */
public enum Severity {
    LOW, MEDIUM, HIGH, CRITICAL;

    /**
     * The severity an alert's rule level suggests (Sigma's levels: informational and low count as
     * low; an unknown level as medium, as the priority table counts it).
     */
    public static Severity ofRuleLevel(String ruleLevel) {
        if (ruleLevel == null) {
            return MEDIUM;
        }
        return switch (ruleLevel.toLowerCase(Locale.ROOT)) {
            case "critical" -> CRITICAL;
            case "high" -> HIGH;
            case "low", "informational" -> LOW;
            default -> MEDIUM;
        };
    }
}
