package vn.gov.moh.soc.portal.application.pipeline;

/** A small Sigma rule that soc-core's engine accepts, for the unit and integration tests. */
public final class TestRules {
    public static final String REFUSED_SUDO_ID = "4f1c2b9e-portal-it-0001";
    public static final String REFUSED_SUDO = """
            title: Refused sudo (portal)
            id: 4f1c2b9e-portal-it-0001
            level: high
            logsource:
              product: linux
              service: sudo
            detection:
              selection:
                message|contains: 'incorrect password attempts'
              condition: selection
            """;

    private TestRules() {
    }
}
