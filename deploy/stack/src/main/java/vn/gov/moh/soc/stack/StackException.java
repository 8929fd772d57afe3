package vn.gov.moh.soc.stack;

/** The stack could not do what was asked; the message says what and why. */
public class StackException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StackException(String message) {
        super(message);
    }

    public StackException(String message, Throwable cause) {
        super(message, cause);
    }
}
