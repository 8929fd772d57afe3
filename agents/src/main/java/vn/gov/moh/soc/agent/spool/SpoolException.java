package vn.gov.moh.soc.agent.spool;

/** The spool's files cannot be read or written (disk full, permissions, corruption that cannot be skipped). */
public final class SpoolException extends RuntimeException {
    public SpoolException(String message, Throwable cause) {
        super(message, cause);
    }

    public SpoolException(String message) {
        super(message);
    }
}
