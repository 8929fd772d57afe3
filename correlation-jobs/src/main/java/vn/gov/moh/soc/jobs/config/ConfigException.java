package vn.gov.moh.soc.jobs.config;

/** A setting is unknown or has a wrong value; the message names the setting and what is accepted. */
public class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
        super(message);
    }
}
