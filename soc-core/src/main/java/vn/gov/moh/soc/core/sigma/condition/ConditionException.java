package vn.gov.moh.soc.core.sigma.condition;

/** A condition that does not parse; the message says where and why. */
public class ConditionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ConditionException(String message) {
        super(message);
    }
}
