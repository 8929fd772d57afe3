package vn.gov.moh.soc.core.testdata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gov.moh.soc.core.sigma.rule.CorrelationRule;
import vn.gov.moh.soc.core.sigma.rule.SigmaRule;

/**
 * Wazuh's own ruleset test vectors ({@code wazuh-ruleset-tests/*.ini}, Wazuh v4.14.7) as cases to
 * score our detections against, for any engine that runs them (soc-core's {@code Detector} in
 * {@code WazuhAgreementTest}, the Flink job in {@code WazuhAgreementIT}).
 *
 * <p>A case is one {@code log N pass} line; lines that share the same {@code N} in one section
 * are one case, a sequence fed in order (how Wazuh tests its frequency rules, brute force for
 * instance). {@code log N fail} lines only say which Wazuh rule must not fire, not what Wazuh
 * concludes, so they are not scored (the table counts them as unscored).
 *
 * <p>Wazuh's verdict is the class of the expected rule id ({@link #WAZUH_CLASSES}); ours is
 * "attack of class C" when some alert of level low or above has the meaning of C
 * ({@link Verdict#meaning}), "benign" when every alert is informational or none fired and every
 * line was read. A case agrees when both say benign or both say the same attack class. Every
 * disagreement must be one of {@link #EXCEPTIONS}, and every exception of the files scored must
 * still be a disagreement ({@link Agreement#assertOnlyExceptionsDisagree()}).
 */
public final class WazuhRulesetTests {
    /** Every file scored, in the order of the table. */
    public static final List<String> FILES = List.of("sshd.ini", "pam.ini", "sudo.ini", "su.ini", "web_appsec.ini",
            "web_rules.ini", "iptables.ini");

    private WazuhRulesetTests() {
    }

    /** The folder of the test vectors, or the test is skipped. */
    public static Path dir() {
        return SharedData.dir("wazuh-ruleset-tests");
    }

    /** What a Wazuh rule means, as far as a SOC analyst cares. */
    public enum Verdict {
        BENIGN(a -> false),
        /** One failed login, a login as a user that does not exist or is denied by policy. */
        AUTH_FAILURE(a -> a.tags().stream().anyMatch(t -> t.startsWith("attack.t1110") || t.equals("attack.credential-access"))),
        /** Many failures from one source: needs a correlation. */
        BRUTE_FORCE(a -> a.correlation() && a.tags().stream().anyMatch(t -> t.startsWith("attack.t1110"))),
        /** Scanning: of the SSH service, of web servers, of the firewall. */
        RECON(a -> a.tags().stream().anyMatch(t -> t.equals("attack.reconnaissance") || t.startsWith("attack.t1595")
                || t.equals("attack.discovery") || t.equals("attack.t1046"))),
        /** Exploit traffic against the SSH daemon (malformed key exchange, corrupted MACs). */
        SSH_EXPLOIT(a -> a.tags().contains("attack.t1190") || a.tags().contains("attack.initial-access")),
        /** Web attacks: SQL injection, XSS, traversal, command injection, remote file inclusion, scanners. */
        WEB_ATTACK(a -> a.web()),
        /** Failed sudo or sudo by a user not allowed to. */
        PRIVILEGE_FAILURE(a -> a.tags().stream().anyMatch(t -> t.startsWith("attack.t1548")
                || t.equals("attack.privilege-escalation")));

        final Predicate<Raised> meaning;

        Verdict(Predicate<Raised> meaning) {
            this.meaning = meaning;
        }
    }

    /**
     * Wazuh rule id to class, read from the rules' descriptions, levels and groups (see
     * 0095-sshd_rules.xml): authentication_failed / invalid_login / authentication_failures
     * groups are attacks of the authentication classes; {@code recon} is reconnaissance;
     * web rules of level 6 and above are web attacks; operational messages (connection resets,
     * negotiation failures, configuration errors, sessions, successful sudo, packets a firewall
     * merely logs) are benign. Two judgement calls: 5702 (reverse DNS does not match, level 5)
     * is benign because it says only that the client's DNS is misconfigured (Wazuh keeps the
     * same message family, 5757, at level 0, and escalates only on volume, 5703); 4101 (one
     * dropped packet, level 5) is benign because a firewall dropping a packet is the firewall
     * working; many drops from one source (4151) is reconnaissance. 31101 (one 404) is benign
     * as Wazuh means it, whatever the URL.
     */
    public static final Map<String, Verdict> WAZUH_CLASSES = Map.ofEntries(
            // sshd
            Map.entry("5701", Verdict.RECON), Map.entry("5706", Verdict.RECON),
            Map.entry("5702", Verdict.BENIGN),
            Map.entry("5710", Verdict.AUTH_FAILURE), Map.entry("5716", Verdict.AUTH_FAILURE),
            Map.entry("5718", Verdict.AUTH_FAILURE), Map.entry("5758", Verdict.AUTH_FAILURE),
            Map.entry("5760", Verdict.AUTH_FAILURE),
            Map.entry("5712", Verdict.BRUTE_FORCE), Map.entry("5719", Verdict.BRUTE_FORCE),
            Map.entry("5763", Verdict.BRUTE_FORCE),
            Map.entry("5747", Verdict.SSH_EXPLOIT), Map.entry("5748", Verdict.SSH_EXPLOIT),
            Map.entry("5722", Verdict.BENIGN), Map.entry("5739", Verdict.BENIGN), Map.entry("5740", Verdict.BENIGN),
            Map.entry("5741", Verdict.BENIGN), Map.entry("5742", Verdict.BENIGN), Map.entry("5743", Verdict.BENIGN),
            Map.entry("5744", Verdict.BENIGN), Map.entry("5745", Verdict.BENIGN), Map.entry("5746", Verdict.BENIGN),
            Map.entry("5749", Verdict.BENIGN), Map.entry("5752", Verdict.BENIGN), Map.entry("5753", Verdict.BENIGN),
            Map.entry("5754", Verdict.BENIGN), Map.entry("5755", Verdict.BENIGN), Map.entry("5756", Verdict.BENIGN),
            Map.entry("5757", Verdict.BENIGN), Map.entry("5761", Verdict.BENIGN), Map.entry("5762", Verdict.BENIGN),
            // pam
            Map.entry("5501", Verdict.BENIGN), Map.entry("5502", Verdict.BENIGN),
            Map.entry("5503", Verdict.AUTH_FAILURE), Map.entry("5504", Verdict.AUTH_FAILURE),
            Map.entry("2502", Verdict.AUTH_FAILURE),
            // su: a wrong password for the target user is an authentication failure
            Map.entry("5301", Verdict.AUTH_FAILURE), Map.entry("5302", Verdict.AUTH_FAILURE),
            Map.entry("5305", Verdict.BENIGN),
            // sudo
            Map.entry("5403", Verdict.BENIGN),
            Map.entry("5401", Verdict.PRIVILEGE_FAILURE), Map.entry("5404", Verdict.PRIVILEGE_FAILURE),
            Map.entry("5405", Verdict.PRIVILEGE_FAILURE),
            // web access logs
            Map.entry("31501", Verdict.WEB_ATTACK), Map.entry("31502", Verdict.WEB_ATTACK),
            Map.entry("31503", Verdict.WEB_ATTACK), Map.entry("31504", Verdict.WEB_ATTACK),
            Map.entry("31505", Verdict.WEB_ATTACK), Map.entry("31506", Verdict.WEB_ATTACK),
            Map.entry("31508", Verdict.WEB_ATTACK), Map.entry("31512", Verdict.WEB_ATTACK),
            Map.entry("31513", Verdict.WEB_ATTACK), Map.entry("31514", Verdict.WEB_ATTACK),
            Map.entry("31515", Verdict.WEB_ATTACK), Map.entry("31516", Verdict.WEB_ATTACK),
            Map.entry("31103", Verdict.WEB_ATTACK), Map.entry("31104", Verdict.WEB_ATTACK),
            Map.entry("31106", Verdict.WEB_ATTACK), Map.entry("31170", Verdict.WEB_ATTACK),
            Map.entry("31171", Verdict.WEB_ATTACK),
            Map.entry("31509", Verdict.BENIGN), Map.entry("31511", Verdict.BENIGN), Map.entry("31530", Verdict.BENIGN),
            Map.entry("31531", Verdict.BENIGN), Map.entry("31101", Verdict.BENIGN), Map.entry("31108", Verdict.BENIGN),
            // firewall
            Map.entry("4100", Verdict.BENIGN), Map.entry("4101", Verdict.BENIGN), Map.entry("4151", Verdict.RECON));


    /** Cases where we knowingly differ from Wazuh, by "file | section | log N", with the reason. */
    private static final String TYPO = "By design: one wrong password for an existing, non-root account is what a"
            + " typo looks like and raises nothing on its own (a SOC of many hospitals cannot triage every typo);"
            + " the event is kept, and the brute-force, spraying and success-after-failures correlations count it."
            + " Wazuh 5760 alerts at level 5 on each.";

    public static final Map<String, String> EXCEPTIONS = Map.ofEntries(
            Map.entry("sshd.ini | SSHD Authentication error | log 1", TYPO),
            Map.entry("sshd.ini | SSHD Authentication error | log 2", TYPO),
            Map.entry("sshd.ini | sshd: Multiple access attempts using a denied user | log 1",
                    "Our brute-force correlations count per source address (the attacker): here two sources try 4"
                            + " times each, below our threshold of 8; Wazuh 5719 counts the host's denied-user lines"
                            + " whatever their source. Each line still raises the low suspicious-authentication-failure alert."),
            Map.entry("web_rules.ini | A web page returned code 404 (not found) - syslog format | log 1",
                    "Stricter than Wazuh: a request for phpMyAdmin's config.inc.php with ?p=phpinfo(); answered 404"
                            + " is a scanner probe and raises our low admin-tool probe alert; Wazuh 31101 says only"
                            + " \"a 404\"."));

    /** One alert, reduced to what the meanings look at. */
    public record Raised(String title, String level, List<String> tags, boolean correlation, boolean web) {
        /** An alert of a detection rule; a web attack when the rule is a web-server rule. */
        public static Raised of(SigmaRule rule) {
            return new Raised(rule.title(), rule.level(), normalized(rule.tags()), false,
                    "webserver".equals(rule.logSource().category()));
        }

        public static Raised of(CorrelationRule rule) {
            return new Raised(rule.title(), rule.level(), normalized(rule.tags()), true, false);
        }

        /** Above informational: what an analyst is asked to look at. */
        public boolean alerting() {
            return level != null && !level.equalsIgnoreCase("informational");
        }
    }

    /** SigmaHQ writes ATT&CK tactics with hyphens, older rules (and ours) with underscores. */
    private static List<String> normalized(List<String> tags) {
        return tags.stream().map(t -> t.toLowerCase(Locale.ROOT).replace('_', '-')).toList();
    }

    public record Case(String file, String section, String rule, String number, List<String> lines) {
        public String key() {
            return file + " | " + section + " | log " + number;
        }

        /** Wazuh's verdict on the case. */
        public Verdict wazuh() {
            Verdict v = WAZUH_CLASSES.get(rule);
            if (v == null) {
                throw new IllegalStateException("no class for Wazuh rule " + rule + " (" + key() + ")");
            }
            return v;
        }
    }

    private static final Pattern LOG = Pattern.compile("^log (\\d+) (pass|fail) = (.*)$");

    /** The scored cases of one file, in file order, and how many fail lines were left unscored. */
    public record CaseFile(List<Case> cases, int failLines) {
    }

    /** Reads one {@code .ini} file: sections with a {@code rule}, their {@code log N pass} lines grouped by N. */
    public static CaseFile cases(Path file) throws IOException {
        List<Case> out = new ArrayList<>();
        int failLines = 0;
        String section = null;
        Map<String, List<String>> logs = new LinkedHashMap<>();
        String rule = null;
        String name = file.getFileName().toString();
        for (String raw : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String line = raw.stripTrailing();
            if (line.startsWith("[") && line.endsWith("]")) {
                flush(out, name, section, rule, logs);
                section = line.substring(1, line.length() - 1).strip();
                rule = null;
                logs = new LinkedHashMap<>();
                continue;
            }
            Matcher m = LOG.matcher(line);
            if (m.matches() && section != null) {
                if (m.group(2).equals("pass")) {
                    logs.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(m.group(3));
                } else {
                    failLines++;
                }
            } else if (line.startsWith("rule = ")) {
                rule = line.substring(7).strip();
            }
        }
        flush(out, name, section, rule, logs);
        return new CaseFile(out, failLines);
    }

    private static void flush(List<Case> out, String file, String section, String rule, Map<String, List<String>> logs) {
        if (section == null || rule == null) {
            return;
        }
        logs.forEach((n, lines) -> out.add(new Case(file, section, rule, n, lines)));
    }

    /**
     * The agreement table: cases scored file by file, the rows printed as in rules/README.md, the
     * disagreements kept with what each side said.
     */
    public static final class Agreement {
        private final Map<String, int[]> rows = new LinkedHashMap<>();
        private final Map<String, String> disagreements = new TreeMap<>();
        private final List<String> agreements = new ArrayList<>();
        private final Map<String, String> exceptions;

        /** Scoring against {@link #EXCEPTIONS}. */
        public Agreement() {
            this(Map.of());
        }

        /**
         * Scoring against {@link #EXCEPTIONS} and the caller's own, for a rule set other than the
         * engine test's (each with its reason, keyed like them).
         */
        public Agreement(Map<String, String> moreExceptions) {
            Map<String, String> all = new TreeMap<>(EXCEPTIONS);
            all.putAll(moreExceptions);
            this.exceptions = Map.copyOf(all);
        }

        /** Starts the row of a file. */
        public void file(String name, int failLines) {
            rows.computeIfAbsent(name, k -> new int[6])[5] += failLines;
        }

        /**
         * Scores one case.
         *
         * @param raised the alerts its lines raised
         * @param unparsed why lines of it could not be read (empty if all were)
         * @return whether we agree with Wazuh
         */
        public boolean score(Case c, List<Raised> raised, List<String> unparsed) {
            Verdict wazuh = c.wazuh();
            List<Raised> firing = raised.stream().filter(Raised::alerting).toList();
            boolean agreed = wazuh == Verdict.BENIGN ? firing.isEmpty() && unparsed.isEmpty()
                    : firing.stream().anyMatch(wazuh.meaning);
            int[] row = rows.computeIfAbsent(c.file(), k -> new int[6]);
            row[0]++;
            row[wazuh == Verdict.BENIGN ? 3 : 1]++;
            if (agreed) {
                row[wazuh == Verdict.BENIGN ? 4 : 2]++;
                agreements.add(c.key() + ": Wazuh " + c.rule() + " " + wazuh + "; ours: "
                        + firing.stream().map(Raised::title).distinct().toList());
            } else {
                disagreements.put(c.key(), "Wazuh " + c.rule() + " " + wazuh + "; ours: "
                        + (unparsed.isEmpty() ? "" : "unparsed (" + unparsed.get(0) + ") ")
                        + firing.stream().map(r -> r.title() + " [" + r.level() + "]").distinct().toList());
            }
            return agreed;
        }

        public int cases() {
            return rows.values().stream().mapToInt(r -> r[0]).sum();
        }

        public int agreed() {
            return rows.values().stream().mapToInt(r -> r[2] + r[4]).sum();
        }

        public Map<String, String> disagreements() {
            return Map.copyOf(disagreements);
        }

        /** Each agreement with the rules that made it. */
        public List<String> agreements() {
            return List.copyOf(agreements);
        }

        /** The table per file and in total, then each disagreement, excepted or not. */
        public String report() {
            StringBuilder table = new StringBuilder(String.format("%n%-16s %6s %8s %8s %8s %8s %9s%n", "Wazuh file",
                    "cases", "attack", "agreed", "benign", "agreed", "unscored"));
            int[] total = new int[6];
            rows.forEach((name, row) -> {
                table.append(String.format("%-16s %6d %8d %8d %8d %8d %9d%n", name, row[0], row[1], row[2], row[3],
                        row[4], row[5]));
                for (int i = 0; i < 6; i++) {
                    total[i] += row[i];
                }
            });
            table.append(String.format("%-16s %6d %8d %8d %8d %8d %9d%n", "total", total[0], total[1], total[2],
                    total[3], total[4], total[5]));
            table.append(String.format("%d of %d cases agree%n", agreed(), cases()));
            disagreements.forEach((k, v) -> table.append(exceptions.containsKey(k) ? "  excepted  " : "  DISAGREES ")
                    .append(k).append(": ").append(v).append(System.lineSeparator()));
            return table.toString();
        }

        /**
         * Fails unless the disagreements are exactly the exceptions (given and {@link #EXCEPTIONS}) of the files scored: a new
         * disagreement is a regression (or needs a named, justified exception), an exception that
         * now agrees must be removed.
         */
        public void assertOnlyExceptionsDisagree() {
            Set<String> unexpected = new TreeSet<>(disagreements.keySet());
            unexpected.removeAll(exceptions.keySet());
            Set<String> stale = new TreeSet<>();
            for (String key : exceptions.keySet()) {
                if (rows.containsKey(key.substring(0, key.indexOf(" | "))) && !disagreements.containsKey(key)) {
                    stale.add(key);
                }
            }
            if (!unexpected.isEmpty() || !stale.isEmpty()) {
                StringBuilder m = new StringBuilder();
                unexpected.forEach(k -> m.append("\n  disagreement not listed as an exception: ").append(k).append(": ")
                        .append(disagreements.get(k)));
                stale.forEach(k -> m.append("\n  exception that now agrees (remove it): ").append(k));
                throw new AssertionError("agreement with Wazuh changed:" + m);
            }
        }
    }
}
