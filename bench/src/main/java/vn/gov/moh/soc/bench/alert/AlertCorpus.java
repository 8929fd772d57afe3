package vn.gov.moh.soc.bench.alert;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import vn.gov.moh.soc.core.asset.Priority;
import vn.gov.moh.soc.core.asset.SecurityLevel;
import vn.gov.moh.soc.core.event.Event;
import vn.gov.moh.soc.core.event.LogSource;
import vn.gov.moh.soc.core.sigma.Alert;
import vn.gov.moh.soc.core.sigma.AlertDocument;
import vn.gov.moh.soc.core.sigma.correlation.CorrelationAlert;
import vn.gov.moh.soc.core.sigma.rule.CorrelationRule;
import vn.gov.moh.soc.core.sigma.rule.SigmaRule;
import vn.gov.moh.soc.core.sigma.rule.SigmaRuleParser;

/**
 * A sector's worth of alerts, built with soc-core's {@link AlertDocument} and enriched as the job
 * enriches them: 60 units of skewed size (a few big hospitals raise most alerts), 4 systems each
 * (Decree 85 levels mostly 2 and 3), 10 hosts per system, 150 rules whose alert counts follow a
 * Zipf law (level mostly medium and high, ATT&CK tags), one alert in ten a correlation with a
 * group key, priorities from soc-core's table, spread evenly over {@link #DAYS} days before
 * {@link #END}, 15% of them already triaged. Deterministic for a seed.
 */
final class AlertCorpus {
    static final Instant END = Instant.parse("2026-12-01T00:00:00Z");
    static final int DAYS = 30;
    static final int UNITS = 60;
    static final int SYSTEMS_PER_UNIT = 4;
    static final int HOSTS_PER_SYSTEM = 10;
    static final int RULES = 150;
    static final String[] TACTICS = {"initial_access", "execution", "persistence", "privilege_escalation", "defense_evasion",
        "credential_access", "discovery", "lateral_movement", "collection", "exfiltration", "impact"};
    static final String[] WORDS = {"Brute", "Force", "Suspicious", "PowerShell", "Login", "Failure", "SQL", "Injection", "Scanner",
        "Privilege", "Sudo", "Webshell", "Ransomware", "Mimikatz", "Password", "Spraying", "FHIR", "Export", "Beacon", "Tunnel"};
    private static final String[] LEVELS = {"informational", "low", "medium", "high", "critical"};
    private static final double[] LEVEL_WEIGHTS = {0.10, 0.20, 0.40, 0.25, 0.05};
    private static final double[] SYSTEM_LEVEL_WEIGHTS = {0.05, 0.45, 0.40, 0.08, 0.02};

    private final SplittableRandom random;
    private final List<SigmaRule> rules = new ArrayList<>();
    private final List<CorrelationRule> correlations = new ArrayList<>();
    private final double[] ruleCdf = new double[RULES];
    private final double[] unitCdf = new double[UNITS];
    private final int[] systemLevels = new int[UNITS * SYSTEMS_PER_UNIT];
    private long sequence;

    AlertCorpus(long seed) {
        random = new SplittableRandom(seed);
        for (int r = 0; r < RULES; r++) {
            String level = pick(LEVELS, LEVEL_WEIGHTS);
            String tactic = TACTICS[random.nextInt(TACTICS.length)];
            String technique = String.format(Locale.ROOT, "t1%03d", random.nextInt(600));
            String title = WORDS[random.nextInt(WORDS.length)] + " " + WORDS[random.nextInt(WORDS.length)] + " " + r;
            String tags = "[attack." + tactic + ", attack." + technique + "]";
            rules.add(SigmaRuleParser.parse("title: " + title + "\nid: bench-rule-" + r + "\nlevel: " + level + "\ntags: " + tags
                    + "\nlogsource: {product: linux}\ndetection:\n  selection: {message|contains: x}\n  condition: selection\n",
                    "bench").rules().get(0));
            correlations.add(SigmaRuleParser.parse("title: " + title + " repeated\nid: bench-correlation-" + r + "\nlevel: " + level
                    + "\ntags: " + tags + "\ncorrelation:\n  type: event_count\n  rules: [bench-rule-" + r
                    + "]\n  group-by: [source.ip]\n  timespan: 5m\n  condition: {gte: 10}\n", "bench").correlations().get(0));
        }
        zipfCdf(ruleCdf, 1.1);
        zipfCdf(unitCdf, 0.9);
        for (int s = 0; s < systemLevels.length; s++) {
            systemLevels[s] = 1 + indexOf(SYSTEM_LEVEL_WEIGHTS);
        }
    }

    private static void zipfCdf(double[] cdf, double exponent) {
        double sum = 0;
        for (int i = 0; i < cdf.length; i++) {
            sum += 1 / Math.pow(i + 1, exponent);
            cdf[i] = sum;
        }
        for (int i = 0; i < cdf.length; i++) {
            cdf[i] /= sum;
        }
    }

    private int sample(double[] cdf) {
        double u = random.nextDouble();
        int i = java.util.Arrays.binarySearch(cdf, u);
        return Math.min(cdf.length - 1, i >= 0 ? i : -i - 1);
    }

    private int indexOf(double[] weights) {
        double u = random.nextDouble();
        for (int i = 0; i < weights.length; i++) {
            u -= weights[i];
            if (u < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private String pick(String[] values, double[] weights) {
        return values[indexOf(weights)];
    }

    static String unit(int u) {
        return String.format(Locale.ROOT, "unit-%02d", u);
    }

    static String ruleId(int r) {
        return "bench-rule-" + r;
    }

    List<String> ruleIds() {
        return rules.stream().map(SigmaRule::id).toList();
    }

    /** The next alert: its id and document. */
    Map.Entry<String, Event> next() {
        long n = sequence++;
        int rule = sample(ruleCdf);
        int unit = sample(unitCdf);
        int system = unit * SYSTEMS_PER_UNIT + random.nextInt(SYSTEMS_PER_UNIT);
        String host = String.format(Locale.ROOT, "host-%03d-%02d", system, random.nextInt(HOSTS_PER_SYSTEM));
        Instant at = END.minusMillis(1 + (long) (random.nextDouble() * DAYS * 86_400_000L));
        String sourceIp = "10." + random.nextInt(8) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
        Alert alert;
        if (random.nextInt(10) == 0) {
            alert = new Alert.Correlation(new CorrelationAlert(correlations.get(rule), Map.of("source.ip", sourceIp),
                    at.minusSeconds(300), at, 10 + random.nextInt(40), 10, List.of("bench-event-" + n)));
        } else {
            Map<String, Object> f = new HashMap<>();
            f.put("@timestamp", at.toString());
            f.put("event.id", "bench-event-" + n);
            f.put("host.name", host);
            f.put("source.ip", sourceIp);
            f.put("user.name", "user" + random.nextInt(5000));
            f.put("message", "bench event " + n);
            alert = new Alert.RuleMatch(rules.get(rule), new Event(f, LogSource.UNKNOWN));
        }
        Event doc = AlertDocument.of(alert);
        int level = systemLevels[system];
        doc.put("organization.id", unit(unit)).put("host.name", host).put("soc.system.id", "sys-" + system)
                .put("soc.system.name", "System " + system).put("soc.system.level", (long) level)
                .put("soc.alert.priority", Priority.of(doc.text("soc.alert.rule_level"), SecurityLevel.of(level)).name());
        int s = random.nextInt(100);
        if (s >= 85) {
            doc.put("soc.alert.status", s < 93 ? "acknowledged" : s < 98 ? "false_positive" : "benign")
                    .put("soc.alert.triaged_by", "analyst").put("soc.alert.triaged_at", at.plusSeconds(600).toString());
        }
        return Map.entry(AlertDocument.id(alert), doc);
    }
}
