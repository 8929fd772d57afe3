package vn.gov.moh.soc.core.parse;

/** A record that cannot be parsed; the message says why. The record itself is not lost: callers keep it. */
public class ParseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ParseException(String message) {
        super(message);
    }

    public ParseException(String message, Throwable cause) {
        super(message, cause);
    }
}
