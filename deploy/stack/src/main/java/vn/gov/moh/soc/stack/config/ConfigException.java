package vn.gov.moh.soc.stack.config;

/** A setting that is unknown or has a wrong value; the message names it. */
public class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
        super(message);
    }
}
