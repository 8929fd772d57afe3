package vn.gov.moh.soc.portal.domain.model.drill.run;

import java.util.Arrays;
import java.util.Set;

/**
 * What a step can play, with how the agent ships it and the rules that should detect it. Most
 * are scenarios of the agent's generator ({@code soc-agent generate --scenario}); one is written by
 * the portal and meant to go undetected, so that a run shows how a missed detection is listed.
 */
public enum DrillPlay {
    SSH_BRUTE_FORCE("ssh-brute-force", "ssh-brute-force", "syslog",
            Set.of("3f0a1c52-6a7e-4c1b-9a54-2f7d1e0b8c03")),
    /** The brute force ends in a login: detected by the failures-then-success correlation (critical). */
    SSH_BRUTE_FORCE_THEN_LOGIN("ssh-brute-force-then-login", "ssh-brute-force-success", "syslog",
            Set.of("3f0a1c52-6a7e-4c1b-9a54-2f7d1e0b8c05")),
    SQL_INJECTION("sql-injection", "sql-injection", "access-log", Set.of("7c2b9e10-1d4f-4b7a-8e3c-5a6f0d2c9e01")),
    EHR_SNOOPING("ehr-snooping", "ehr-snooping", "jsonl", Set.of("9a4d6f21-5b3e-4c8d-a7f0-1e2b3c4d5e02")),
    /**
     * An RDP logon from outside, then shadow copies, the backup catalog and boot recovery taken away
     * on a workstation or the file server: detected by the ransomware-preparation correlation.
     */
    RANSOMWARE_PRECURSORS("ransomware-precursors", "ransomware-precursors", "evtx-json",
            Set.of("564d236a-914b-4e38-925a-70007c7a1ec6")),
    /**
     * An outside address paging through the portal's report export with ordinary requests and
     * answers: exfiltration that looks like use, for which no rule exists (yet).
     */
    QUIET_EXFILTRATION("quiet-exfiltration", null, "access-log", Set.of());

    private final String code;
    private final String generatorScenario;
    private final String format;
    private final Set<String> expectedRules;

    DrillPlay(String code, String generatorScenario, String format, Set<String> expectedRules) {
        this.code = code;
        this.generatorScenario = generatorScenario;
        this.format = format;
        this.expectedRules = expectedRules;
    }

    /** The name in requests and in the step. */
    public String code() {
        return code;
    }

    /** The generator's scenario, or null for a play the portal writes itself. */
    public String generatorScenario() {
        return generatorScenario;
    }

    /** The format the pipeline reads its lines with (the envelope's {@code format}). */
    public String format() {
        return format;
    }

    /** Rule ids that detect it; none for a play meant to go undetected. */
    public Set<String> expectedRules() {
        return expectedRules;
    }

    /**
     * The play with this code.
     *
     * @throws IllegalArgumentException naming the known codes
     */
    public static DrillPlay of(String code) {
        return Arrays.stream(values()).filter(p -> p.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown drill step '" + code + "' (known: "
                        + String.join(", ", Arrays.stream(values()).map(DrillPlay::code).toList()) + ")"));
    }
}
