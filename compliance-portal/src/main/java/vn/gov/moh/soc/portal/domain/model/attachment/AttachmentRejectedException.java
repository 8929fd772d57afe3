package vn.gov.moh.soc.portal.domain.model.attachment;

/** An upload that breaks a rule; nothing of it is kept. */
public class AttachmentRejectedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why: each maps to its own HTTP status. */
    public enum Reason {
        EMPTY, TOO_LARGE, TYPE_NOT_ALLOWED, TYPE_MISMATCH, INFECTED
    }

    private final Reason reason;

    public AttachmentRejectedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
