package vn.gov.moh.soc.core.sigma;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gov.moh.soc.core.event.Event;
import vn.gov.moh.soc.core.event.LogSource;
import vn.gov.moh.soc.core.sigma.correlation.CorrelationAlert;
import vn.gov.moh.soc.core.sigma.eval.RuleCompiler;
import vn.gov.moh.soc.core.sigma.mapping.FieldMapping;
import vn.gov.moh.soc.core.sigma.mapping.Placeholders;
import vn.gov.moh.soc.core.sigma.rule.SigmaDocuments;
import vn.gov.moh.soc.core.sigma.rule.SigmaRuleParser;
import vn.gov.moh.soc.core.testdata.SharedData;

/**
 * The correlation examples of the Sigma specification's tests (read from ../shared/data), with
 * base rules and events written here, behave as their titles and the specification describe.
 */
class CorrelationSpecExamplesTest {
    private static final Instant T0 = Instant.parse("2026-11-21T08:00:00Z");
    private static final RuleCompiler COMPILER = new RuleCompiler(FieldMapping.identity(), new Placeholders(Map.of()));

    /** Base rules: each matches events whose field 'kind' has the rule's name. */
    private static String baseRule(String idOrName) {
        boolean isId = idOrName.matches("[0-9a-f-]{36}");
        return "title: base " + idOrName + "\n" + (isId ? "id: " : "name: ") + idOrName
                + "\nlogsource: {product: test}\ndetection:\n  s: {kind: '" + idOrName + "'}\n  condition: s\n";
    }

    private static Detector detector(String specFile, String... baseRules) throws Exception {
        Path file = SharedData.dir("sigma-spec/tests/schema/correlation").resolve(specFile);
        SigmaDocuments docs = SigmaRuleParser.parse(file);
        for (String ref : baseRules) {
            docs.addAll(SigmaRuleParser.parse(baseRule(ref), ref + ".yml"));
        }
        RuleLibrary library = RuleLibrary.compile(docs, COMPILER);
        assertThat(library.rejected()).isEmpty();
        assertThat(library.correlators()).hasSize(1);
        return new Detector(library);
    }

    private static Event event(String kind, long secondsAfterT0, Object... fields) {
        Event e = new Event().logSource(LogSource.of("test", null));
        e.put("kind", kind);
        e.put("@timestamp", T0.plusSeconds(secondsAfterT0).toString());
        for (int i = 0; i < fields.length; i += 2) {
            e.put((String) fields[i], fields[i + 1]);
        }
        return e;
    }

    private static List<CorrelationAlert> run(Detector d, List<Event> events) {
        List<CorrelationAlert> out = new ArrayList<>();
        for (Event e : events) {
            for (Alert a : d.process(e)) {
                if (a instanceof Alert.Correlation c) {
                    out.add(c.alert());
                }
            }
        }
        return out;
    }

    @Test
    void eventCountFiresAtTheHundredthFailedLoginOfAHostWithinAnHour() throws Exception {
        String base = "5638f7c0-ac70-491d-8465-2a65075e0d86";
        Detector d = detector("event_count.yml", base);
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 99; i++) {
            events.add(event(base, i * 30L, "ComputerName", "his-db-01"));
            events.add(event(base, i * 30L, "ComputerName", "his-app-02"));
        }
        assertThat(run(d, events)).isEmpty();

        List<CorrelationAlert> alerts = run(d, List.of(event(base, 99 * 30L, "ComputerName", "his-db-01")));

        assertThat(alerts).hasSize(1);
        assertThat(alerts.get(0).group()).containsExactly(Map.entry("ComputerName", "his-db-01"));
        assertThat(alerts.get(0).count()).isEqualTo(100);
        assertThat(alerts.get(0).rule().title()).isEqualTo("Many failed logins");
    }

    @Test
    void eventCountForgetsHitsOlderThanTheTimespan() throws Exception {
        String base = "5638f7c0-ac70-491d-8465-2a65075e0d86";
        Detector d = detector("event_count.yml", base);
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            events.add(event(base, i * 60L, "ComputerName", "slow-host")); // one a minute: at most 61 per hour
        }
        assertThat(run(d, events)).isEmpty();
    }

    @Test
    void eventCountWithEcsFieldNames() throws Exception {
        String base = "5638f7c0-ac70-491d-8465-2a65075e0d86";
        Detector d = detector("event_count_ecs.yml", base);
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            events.add(event(base, i, "dns.question.name", "exfil.example.org"));
        }
        assertThat(run(d, events)).singleElement()
                .satisfies(a -> assertThat(a.group()).containsEntry("dns.question.name", "exfil.example.org"));
    }

    @Test
    void valueCountCountsDistinctUsersPerWorkstation() throws Exception {
        String base = "5638f7c0-ac70-491d-8465-2a65075e0d86";
        Detector d = detector("value_count.yml", base);
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            events.add(event(base, i, "ComputerName", "dc01", "WorkstationName", "ws7", "User", "user" + (i % 99)));
        }
        assertThat(run(d, events)).as("only 99 distinct users").isEmpty();

        List<CorrelationAlert> alerts = run(d, List.of(event(base, 600, "ComputerName", "dc01", "WorkstationName", "ws7",
                "User", "user-new")));
        assertThat(alerts).singleElement().satisfies(a -> assertThat(a.value()).isEqualTo(100.0));
    }

    @Test
    void temporalNeedsAllRulesInAnyOrderWithinFiveMinutes() throws Exception {
        Detector d = detector("temporal.yml", "recon_cmd_a", "recon_cmd_b", "recon_cmd_c");
        Object[] who = {"ComputerName", "ws1", "User", "lan"};

        assertThat(run(d, List.of(event("recon_cmd_c", 0, who), event("recon_cmd_a", 60, who)))).isEmpty();
        assertThat(run(d, List.of(event("recon_cmd_b", 120, who)))).hasSize(1);

        Detector late = detector("temporal.yml", "recon_cmd_a", "recon_cmd_b", "recon_cmd_c");
        assertThat(run(late, List.of(event("recon_cmd_a", 0, who), event("recon_cmd_b", 10, who),
                event("recon_cmd_c", 301, who)))).as("c comes after the 5 minutes").isEmpty();
        assertThat(run(late, List.of(event("recon_cmd_a", 0, "ComputerName", "ws1", "User", "other"))))
                .as("another user is another group").isEmpty();
    }

    @Test
    void temporalOrderedNeedsTheOrder() throws Exception {
        Object[] who = {"ComputerName", "ws1", "User", "lan"};
        Detector inOrder = detector("temporal_ordered.yml", "recon_cmd_a", "recon_cmd_b", "recon_cmd_c");
        assertThat(run(inOrder, List.of(event("recon_cmd_a", 0, who), event("recon_cmd_b", 5, who),
                event("recon_cmd_c", 9, who)))).hasSize(1);

        Detector reversed = detector("temporal_ordered.yml", "recon_cmd_a", "recon_cmd_b", "recon_cmd_c");
        assertThat(run(reversed, List.of(event("recon_cmd_c", 0, who), event("recon_cmd_b", 5, who),
                event("recon_cmd_a", 9, who)))).isEmpty();
    }

    @Test
    void valueSumAddsBytesSentPerSourceAndUser() throws Exception {
        Detector d = detector("value_sum.yml", "website_access");
        Object[] who = {"SourceIP", "10.1.1.5", "User", "lan"};
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            events.add(event("website_access", i * 60L, concat(who, "bytes_sent", 100_000L)));
        }
        assertThat(run(d, events)).as("exactly 1,000,000 is not more").isEmpty();
        assertThat(run(d, List.of(event("website_access", 700, concat(who, "bytes_sent", 1L))))).singleElement()
                .satisfies(a -> assertThat(a.value()).isEqualTo(1_000_001.0));
    }

    @Test
    void valueAvgAveragesBytesOut() throws Exception {
        Detector d = detector("value_avg.yml", "rule_a_id");
        Object[] who = {"SourceIP", "10.1.1.5", "User", "lan"};
        assertThat(run(d, List.of(event("rule_a_id", 0, concat(who, "BytesOut", 400L))))).isEmpty();
        assertThat(run(d, List.of(event("rule_a_id", 10, concat(who, "BytesOut", 700L))))).singleElement()
                .satisfies(a -> assertThat(a.value()).isEqualTo(550.0));
    }

    @Test
    void valuePercentileFlagsAProcessNameRarerThanOnePercentOnAComputer() throws Exception {
        Detector d = detector("value_percentile.yml", "process_creation");
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            events.add(event("process_creation", i, "ComputerName", "ws9", "Image", "C:\\Windows\\explorer.exe"));
        }
        assertThat(run(d, events)).as("a common process").isEmpty();
        assertThat(run(d, List.of(event("process_creation", 200, "ComputerName", "ws9", "Image", "C:\\tmp\\x.exe"))))
                .singleElement().satisfies(a -> assertThat(a.value()).isLessThanOrEqualTo(1.0));
    }

    @Test
    void failedLoginsThenSuccessChainsTwoCorrelations() throws Exception {
        // The specification's own example, written out here with two base rules.
        String yaml = """
                title: Multiple failed logins followed by a successful login
                id: b180ead8-d58f-40b2-ae54-c8940995b9b6
                correlation:
                    type: temporal_ordered
                    rules: [multiple_failed_login, successful_login]
                    group-by: [User]
                    timespan: 10m
                level: high
                ---
                """ + failedLogins("", "") + """
                ---
                title: Successful login
                name: successful_login
                logsource: {product: test}
                detection:
                    selection: {EventID: [528, 4624]}
                    condition: selection
                """;
        Detector d = detectorOf(yaml);
        List<Alert> all = tenFailedLogins(d);
        all.addAll(d.process(event("x", 80, "EventID", 4624L, "User", "admin")));

        assertThat(all).as("failed and successful logins feed correlations and raise nothing themselves")
                .allMatch(a -> a instanceof Alert.Correlation);
        assertThat(all).extracting(a -> ((Alert.Correlation) a).alert().rule().title())
                .containsExactly("Multiple failed logins followed by a successful login");
    }

    /**
     * The specification's "Multiple failed logons" (ten within ten minutes per user) over a rule
     * for one failed login, with these lines added: the correlation's generate attribute, the
     * single rule's level (each may be empty).
     */
    private static String failedLogins(String generateLine, String baseLevelLine) {
        return """
                title: Multiple failed logons
                id: a8418a5a-5fc4-46b5-b23b-6c73beb19d41
                name: multiple_failed_login
                correlation:
                    type: event_count
                    rules: [failed_login]
                    group-by: [User]
                    timespan: 10m
                    condition: {gte: 10}
                %s
                ---
                title: Single failed login
                name: failed_login
                logsource: {product: test}
                detection:
                    selection: {EventID: [529, 4625]}
                    condition: selection
                %s
                """.formatted(generateLine, baseLevelLine);
    }

    private static Detector detectorOf(String yaml) {
        RuleLibrary library = RuleLibrary.compile(SigmaRuleParser.parse(yaml, "rules.yml"), COMPILER);
        assertThat(library.rejected()).isEmpty();
        return new Detector(library);
    }

    /** Ten failed logins of user admin, five seconds apart: what the detector raises. */
    private static List<Alert> tenFailedLogins(Detector d) {
        List<Alert> all = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            all.addAll(d.process(event("x", i * 5L, "EventID", 4625L, "User", "admin")));
        }
        return all;
    }

    @Test
    void generateTrueKeepsTheReferredRulesOwnAlerts() {
        // "generate: defines if the rules referred from the correlation rule should be converted as
        // stand-alone rules or if only the correlation query should be generated (default)".
        List<Alert> alerts = tenFailedLogins(detectorOf(failedLogins("generate: true", "level: low")));

        assertThat(alerts).filteredOn(a -> a instanceof Alert.RuleMatch).hasSize(10);
        assertThat(alerts).filteredOn(a -> a instanceof Alert.Correlation).hasSize(1);
    }

    @Test
    void withoutGenerateOnlyTheCorrelationAlerts() {
        assertThat(tenFailedLogins(detectorOf(failedLogins("", "level: low")))).singleElement()
                .isInstanceOf(Alert.Correlation.class);
        assertThat(tenFailedLogins(detectorOf(failedLogins("generate: false", "level: low")))).singleElement()
                .isInstanceOf(Alert.Correlation.class);
    }

    @Test
    void informationalRulesRaiseNoAlertButStillFeedCorrelations() {
        // The rules specification: informational rules enrich events, "no case or alerting should be
        // triggered by such rules"; generate: true does not turn them into alerts either.
        assertThat(tenFailedLogins(detectorOf(failedLogins("generate: true", "level: informational")))).singleElement()
                .isInstanceOf(Alert.Correlation.class);

        String standalone = """
                title: Logoff
                logsource: {product: test}
                detection:
                    selection: {EventID: 4634}
                    condition: selection
                level: %s
                """;
        for (String level : List.of("informational", "low")) {
            RuleLibrary library = RuleLibrary.compile(SigmaRuleParser.parse(standalone.formatted(level), "logoff.yml"),
                    COMPILER);
            List<Alert> alerts = new Detector(library).process(event("x", 0, "EventID", 4634L));
            assertThat(alerts).as(level).hasSize(level.equals("low") ? 1 : 0);
        }
    }

    @Test
    void aliasesGroupDifferentFieldsOfDifferentRules() throws Exception {
        // The specification's alias example: an internal server error and a new connection back.
        String yaml = """
                title: Error then connection back
                correlation:
                    type: temporal
                    rules: [internal_error, new_network_connection]
                    group-by: [internal_ip, remote_ip]
                    timespan: 10s
                    aliases:
                        internal_ip:
                            internal_error: destination.ip
                            new_network_connection: source.ip
                        remote_ip:
                            internal_error: source.ip
                            new_network_connection: destination.ip
                ---
                title: Internal error
                name: internal_error
                logsource: {product: test}
                detection:
                    selection: {http.response.status_code: 500}
                    condition: selection
                ---
                title: New connection
                name: new_network_connection
                logsource: {product: test}
                detection:
                    selection: {event.category: network, event.type: connection}
                    condition: selection
                """;
        RuleLibrary library = RuleLibrary.compile(SigmaRuleParser.parse(yaml, "aliases.yml"), COMPILER);
        assertThat(library.rejected()).isEmpty();

        Detector matching = new Detector(library);
        List<CorrelationAlert> alerts = run(matching, List.of(
                event("x", 0, "http.response.status_code", 500L, "source.ip", "203.0.113.9", "destination.ip", "10.0.0.5"),
                event("x", 4, "event.category", "network", "event.type", "connection",
                        "source.ip", "10.0.0.5", "destination.ip", "203.0.113.9")));
        assertThat(alerts).singleElement().satisfies(a -> assertThat(a.group())
                .containsEntry("internal_ip", "10.0.0.5").containsEntry("remote_ip", "203.0.113.9"));

        Detector otherHost = new Detector(library);
        assertThat(run(otherHost, List.of(
                event("x", 0, "http.response.status_code", 500L, "source.ip", "203.0.113.9", "destination.ip", "10.0.0.5"),
                event("x", 4, "event.category", "network", "event.type", "connection",
                        "source.ip", "10.0.0.6", "destination.ip", "203.0.113.9")))).isEmpty();
    }

    private static Object[] concat(Object[] a, Object... b) {
        Object[] out = new Object[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void everyExampleFileLoads() throws Exception {
        Path dir = SharedData.dir("sigma-spec/tests/schema/correlation");
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                SigmaDocuments docs = SigmaRuleParser.parse(f);
                assertThat(docs.rejected()).as(f.getFileName().toString()).isEmpty();
                assertThat(docs.correlations()).as(f.getFileName().toString()).hasSize(1);
            }
        }
    }
}
