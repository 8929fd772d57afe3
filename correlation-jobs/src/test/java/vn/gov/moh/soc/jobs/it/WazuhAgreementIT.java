package vn.gov.moh.soc.jobs.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.gov.moh.soc.core.envelope.Envelope;
import vn.gov.moh.soc.core.naming.Namespace;
import vn.gov.moh.soc.core.naming.Topic;
import vn.gov.moh.soc.core.sigma.RuleLibrary;
import vn.gov.moh.soc.core.sigma.eval.CompiledRule;
import vn.gov.moh.soc.core.sigma.correlation.Correlator;
import vn.gov.moh.soc.core.testdata.WazuhRulesetTests;
import vn.gov.moh.soc.core.testdata.WazuhRulesetTests.Agreement;
import vn.gov.moh.soc.core.testdata.WazuhRulesetTests.Case;
import vn.gov.moh.soc.core.testdata.WazuhRulesetTests.CaseFile;
import vn.gov.moh.soc.core.testdata.WazuhRulesetTests.Raised;
import vn.gov.moh.soc.testkit.KafkaEndpoint;
import vn.gov.moh.soc.testkit.RealStack;

/**
 * Wazuh's ruleset test vectors through {@code soc.raw} and the whole job with the platform's
 * rules (its default {@code rules.dirs}): every case scored as soc-core's
 * {@code WazuhAgreementTest} scores the engine ({@link WazuhRulesetTests}: the same cases, classes
 * and named exceptions), from the alerts on {@code soc.alerts} and the dead letters on
 * {@code soc.dlq}.
 *
 * <p>How the cases are sent, so that they neither mix nor lose their order:
 * <ul>
 *   <li>each case is shipped by its own agent host ({@code wazuh-<n>}: its own Kafka key and its own
 *       source in the watermarks), its lines in file order, with envelope offsets
 *       {@code n * 1000 + line}, so every event id, and every alert citing it, names its case;</li>
 *   <li>each case gets its own half hour of event time: line {@code j} of case {@code n} is
 *       rewritten to {@code T0 + n × 30 min + j s} (the syslog header, ISO and W3C times, access-log
 *       brackets), T0 three days ago. Correlation windows are at most 10 minutes, so no window
 *       spans two cases even where cases share a source address (many use 192.168.33.1); within a
 *       case the lines keep Wazuh's order, which is how Wazuh itself sees them (on arrival);</li>
 *   <li>after the last line nothing more is sent: the quiet flush ({@code watermark.quiet-flush})
 *       closes the last windows.</li>
 * </ul>
 * The alerts of a case are the alerts whose {@code soc.alert.event_ids} cite its events; a
 * correlation citing events of two cases fails the test (the isolation broke).
 */
@RealStack
class WazuhAgreementIT {
    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

    /** The files issue 5 names. */
    static final List<String> FILES = List.of("sshd.ini", "pam.ini", "sudo.ini", "web_appsec.ini", "web_rules.ini");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration SLOT = Duration.ofMinutes(30);

    private static final String SIGMAHQ_EXPLOIT_ERRORS = "The job runs the platform's rules alone (its default"
            + " rules.dirs), where the engine test also loads SigmaHQ's: this sshd error of a malformed key exchange"
            + " or a corrupted MAC (exploit traffic) is detected by SigmaHQ's 'Suspicious OpenSSH Daemon Error'"
            + " (lnx_sshd_susp_ssh.yml, medium), which a deployment gets by adding a SigmaHQ checkout to"
            + " rules.dirs; the platform's own SSH rules cover logins, not protocol errors.";

    /** Disagreements of the platform's rules alone, beyond the engine test's {@link WazuhRulesetTests#EXCEPTIONS}. */
    static final Map<String, String> OUR_RULES_ALONE = Map.of(
            "sshd.ini | ssh bad client public DH value | log 1", SIGMAHQ_EXPLOIT_ERRORS,
            "sshd.ini | ssh corrupted MAC on input | log 1", SIGMAHQ_EXPLOIT_ERRORS,
            "sshd.ini | ssh corrupted MAC on input | log 2", SIGMAHQ_EXPLOIT_ERRORS);

    @TempDir
    Path checkpoints;

    /** One case as sent: its lines, retimed, in envelopes of its own host. */
    record Sent(Case wazuh, int number, List<Envelope> envelopes) {
    }

    @Test
    void theJobAgreesWithWazuhsTestVectorsAsTheEngineDoes(KafkaEndpoint kafka, Namespace ns) throws Exception {
        Path dir = WazuhRulesetTests.dir();
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofDays(3));
        List<Sent> sent = new ArrayList<>();
        Map<String, Integer> failLines = new HashMap<>();
        for (String name : FILES) {
            CaseFile file = WazuhRulesetTests.cases(dir.resolve(name));
            failLines.put(name, file.failLines());
            for (Case c : file.cases()) {
                int n = sent.size();
                List<Envelope> envelopes = new ArrayList<>();
                for (int j = 0; j < c.lines().size(); j++) {
                    String line = retimed(c.lines().get(j), t0.plus(SLOT.multipliedBy(n)).plusSeconds(j));
                    envelopes.add(new Envelope("wazuh-agent", "bv-test", "wazuh-" + n, name, "auto", "/var/log/" + name,
                            Long.toString(n * 1000L + j), t0, line, line.getBytes(StandardCharsets.UTF_8).length,
                            Set.of()));
                }
                sent.add(new Sent(c, n, envelopes));
            }
        }
        List<Envelope> input = sent.stream().flatMap(s -> s.envelopes().stream()).toList();
        Function<String, Sent> caseOfEventId = id -> {
            long offset = Long.parseLong(id.substring(id.lastIndexOf(':') + 1));
            return sent.get((int) (offset / 1000));
        };

        Pipeline pipeline = new Pipeline(kafka, ns, checkpoints);
        pipeline.sendRaw(input);
        JobClient job = pipeline.start(Optional.empty(), Map.of("syslog.zone", "UTC", "watermark.quiet-flush", "2s"));
        List<ConsumerRecord<String, String>> alerts;
        List<ConsumerRecord<String, String>> deadLetters;
        try (var events = pipeline.reader(Topic.EVENTS); var alertReader = pipeline.reader(Topic.ALERTS);
                var dlq = pipeline.reader(Topic.DLQ)) {
            events.await(r -> r.size() + dlq.settle(Duration.ofMillis(1)).size() >= input.size(), Duration.ofSeconds(120),
                    input.size() + " events and dead letters");
            // The quiet flush (2 s) applies the last hits, the next checkpoints (500 ms) commit their alerts.
            alerts = alertReader.settle(Duration.ofSeconds(10));
            deadLetters = dlq.settle(Duration.ofSeconds(1));
        } finally {
            Pipeline.cancel(job);
        }

        Map<String, Raised> rules = rulesById();
        Map<Integer, List<Raised>> raised = new HashMap<>();
        for (ConsumerRecord<String, String> r : alerts) {
            JsonNode alert = JSON.readTree(r.value());
            String ruleId = alert.path("rule").path("id").asText();
            Raised rule = rules.get(ruleId);
            assertThat(rule).as("rule %s of alert %s", ruleId, r.key()).isNotNull();
            Set<Integer> cases = new java.util.TreeSet<>();
            alert.path("soc").path("alert").path("event_ids").forEach(id -> cases.add(caseOfEventId.apply(id.asText()).number()));
            assertThat(cases).as("cases cited by alert %s (%s): one, or the cases mixed", r.key(), rule.title()).hasSize(1);
            raised.computeIfAbsent(cases.iterator().next(), k -> new ArrayList<>()).add(rule);
        }
        Map<Integer, List<String>> unparsed = new HashMap<>();
        for (ConsumerRecord<String, String> r : deadLetters) {
            JsonNode letter = JSON.readTree(r.value());
            assertThat(letter.path("source").asText()).as("dead letter %s", r.value()).isEqualTo("normalize");
            unparsed.computeIfAbsent(caseOfEventId.apply(letter.path("id").asText()).number(), k -> new ArrayList<>())
                    .add(letter.path("reason").asText());
        }

        Agreement agreement = new Agreement(OUR_RULES_ALONE);
        for (String name : FILES) {
            agreement.file(name, failLines.get(name));
        }
        for (Sent s : sent) {
            agreement.score(s.wazuh(), raised.getOrDefault(s.number(), List.of()), unparsed.getOrDefault(s.number(), List.of()));
        }
        System.out.println("Wazuh ruleset test vectors through soc.raw and the job (" + input.size() + " lines, "
                + alerts.size() + " alerts, " + deadLetters.size() + " dead letters):" + agreement.report());

        assertThat(agreement.cases()).as("cases sent").isEqualTo(sent.size()).isGreaterThan(90);
        agreement.assertOnlyExceptionsDisagree();
    }

    /** The platform's rules, as the job loads them, by the id its alerts carry. */
    private static Map<String, Raised> rulesById() {
        RuleLibrary library = RuleLibrary.load(List.of(Path.of(System.getProperty("soc.rules.dir", "../rules"))));
        Map<String, Raised> byId = new HashMap<>();
        for (CompiledRule r : library.ruleSet().rules()) {
            byId.put(r.rule().id() != null ? r.rule().id() : r.rule().title(), Raised.of(r.rule()));
        }
        for (Correlator c : library.correlators()) {
            byId.put(c.rule().id() != null ? c.rule().id() : c.rule().title(), Raised.of(c.rule()));
        }
        return byId;
    }

    private static final Pattern RFC3164 = Pattern.compile("^[A-Z][a-z]{2} +\\d{1,2} \\d\\d:\\d\\d:\\d\\d");
    private static final Pattern ISO = Pattern.compile("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?(Z|[+-]\\d\\d:?\\d\\d)?");
    private static final Pattern SPACED = Pattern.compile("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d(\\.\\d+)?([+-]\\d{4})?");
    private static final Pattern BRACKET = Pattern.compile("\\[\\d\\d/[A-Z][a-z]{2}/\\d{4}:\\d\\d:\\d\\d:\\d\\d [+-]\\d{4}\\]");

    /** The line with its times (syslog header, ISO or W3C time at the start, access-log brackets) set to {@code time}, UTC. */
    static String retimed(String line, Instant time) {
        ZonedDateTime t = time.atZone(ZoneOffset.UTC);
        String out = line;
        Matcher m;
        if ((m = RFC3164.matcher(out)).find()) {
            out = DateTimeFormatter.ofPattern("MMM ppd HH:mm:ss", Locale.ENGLISH).format(t) + out.substring(m.end());
        } else if ((m = ISO.matcher(out)).find()) {
            out = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSxxx").format(t) + out.substring(m.end());
        } else if ((m = SPACED.matcher(out)).find()) {
            String pattern = m.group(2) != null ? "yyyy-MM-dd HH:mm:ss.SSSSSSxx" : "yyyy-MM-dd HH:mm:ss";
            out = DateTimeFormatter.ofPattern(pattern).format(t) + out.substring(m.end());
        }
        m = BRACKET.matcher(out);
        if (m.find()) {
            out = out.substring(0, m.start()) + DateTimeFormatter.ofPattern("'['dd/MMM/yyyy:HH:mm:ss xx']'", Locale.ENGLISH)
                    .format(t) + out.substring(m.end());
        }
        return out;
    }
}
