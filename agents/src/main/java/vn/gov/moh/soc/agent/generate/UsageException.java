package vn.gov.moh.soc.agent.generate;

/** A bad command line; the message names the option at fault. */
public final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String option;

    public UsageException(String option, String message) {
        super(option + ": " + message);
        this.option = option;
    }

    /** The option at fault ({@code --rate}), or the argument for one that is not an option. */
    public String option() {
        return option;
    }
}
