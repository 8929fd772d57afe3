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
    private final int line;

    public RuleException(String source, String ruleId, String reason) {
        this(source, ruleId, reason, 0);
    }

    /** @param line the 1-based line of the text where the problem is, 0 when not known */
    public RuleException(String source, String ruleId, String reason, int line) {
        super(source + (ruleId == null ? "" : " [" + ruleId + "]") + ": " + reason);
        this.source = source;
        this.ruleId = ruleId;
        this.reason = reason;
        this.line = line;
    }

    /** The 1-based line of the problem in the rule's text, 0 when the parser cannot tell. */
    public int line() {
        return line;
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
