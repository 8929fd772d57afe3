package vn.gov.moh.soc.core.sigma.rule;

/**
 * A rule that cannot be loaded or run. The message names the file, the rule id (when known)
 * and the reason.
 */
public class RuleException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String source;
    private final String ruleId;
    private final String reason;

    public RuleException(String source, String ruleId, String reason) {
        super(source + (ruleId == null ? "" : " [" + ruleId + "]") + ": " + reason);
        this.source = source;
        this.ruleId = ruleId;
        this.reason = reason;
    }

    /** Where the rule came from: a file path or another description. */
    public String source() {
        return source;
    }

    public String ruleId() {
        return ruleId;
    }

    public String reason() {
        return reason;
    }
}
