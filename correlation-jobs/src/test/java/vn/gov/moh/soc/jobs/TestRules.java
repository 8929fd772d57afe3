package vn.gov.moh.soc.jobs;

/** A rule for tests of live rule changes: id {@code test-sudo}, matching sudo by one user. */
public final class TestRules {
    public static final String SUDO_ID = "test-sudo";

    private TestRules() {
    }

    /** The rule "Sudo By {title}" that matches sudo run by {@code user}. */
    public static String sudoBy(String title, String user) {
        return """
                title: Sudo By %s
                id: test-sudo
                status: test
                logsource:
                    product: linux
                    service: sudo
                detection:
                    selection:
                        user.name: %s
                    condition: selection
                level: high
                """.formatted(title, user);
    }
}
