package vn.gov.moh.soc.agent.generate;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/** The scenarios by name, as {@code --scenario} spells them. */
public final class ScenarioCatalog {
    private static final Map<String, Supplier<Scenario>> SCENARIOS = new LinkedHashMap<>();

    static {
        SCENARIOS.put("ssh-brute-force", () -> new SshBruteForceScenario(false));
        SCENARIOS.put("ssh-brute-force-success", () -> new SshBruteForceScenario(true));
        SCENARIOS.put("password-spraying", PasswordSprayingScenario::new);
        SCENARIOS.put("sql-injection", SqlInjectionScenario::new);
        SCENARIOS.put("ransomware-precursors", RansomwarePrecursorsScenario::new);
        SCENARIOS.put("ehr-snooping", EhrSnoopingScenario::new);
        SCENARIOS.put("ehr-bulk-export", EhrBulkExportScenario::new);
    }

    private ScenarioCatalog() {
    }

    /** Every scenario name, in a stable order. */
    public static Set<String> names() {
        return SCENARIOS.keySet();
    }

    static Scenario scenario(String name) {
        Supplier<Scenario> s = SCENARIOS.get(name);
        if (s == null) {
            throw new IllegalArgumentException("unknown scenario '" + name + "' (known: " + String.join(", ", names()) + ")");
        }
        return s.get();
    }
}
