package vn.gov.moh.soc.core.sigma.rule;

/**
 * The {@code logsource} of a rule: any of the three may be null (not restricted).
 */
public record RuleLogSource(String product, String category, String service) {
    public static final RuleLogSource ANY = new RuleLogSource(null, null, null);
}
