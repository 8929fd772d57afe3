package vn.gov.moh.soc.jobs.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.gov.moh.soc.core.dlq.DeadLetter;
import vn.gov.moh.soc.core.dlq.DeadLetterJson;
import vn.gov.moh.soc.core.envelope.Envelope;
import vn.gov.moh.soc.core.naming.Namespace;
import vn.gov.moh.soc.core.naming.Topic;
import vn.gov.moh.soc.jobs.TestRules;
import vn.gov.moh.soc.testkit.KafkaEndpoint;
import vn.gov.moh.soc.testkit.RealStack;

/**
 * Rules added, replaced and disabled through {@code soc.rules} take effect on the next events of
 * the running job; an invalid rule goes to {@code soc.dlq} with its reason and changes nothing;
 * the correlation state of untouched rules (a brute force under way) survives all of it.
 */
@RealStack
class LiveRulesIT {
    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HOST = "his-app-07";
    @TempDir
    Path checkpoints;

    private final AtomicLong offsets = new AtomicLong();

    private Envelope line(String line) {
        return line("syslog", line);
    }

    private Envelope line(String format, String line) {
        return new Envelope("agent-rules", "bv-test", HOST, "auth", format, "/var/log/auth.log",
                Long.toString(offsets.incrementAndGet()), Instant.parse("2026-11-21T10:05:00Z"), line,
                line.getBytes(StandardCharsets.UTF_8).length, Set.of());
    }

    private Envelope sudo(String user) {
        return line("<86>1 2026-11-21T10:00:45Z " + HOST + " sudo - - - " + user
                + " : TTY=pts/0 ; PWD=/root ; USER=root ; COMMAND=/bin/ls");
    }

    private Envelope failure(int second) {
        return line(String.format("<38>1 2026-11-21T10:00:%02dZ %s sshd 9 - - Failed password for root from 10.20.0.1 "
                + "port %d ssh2", second, HOST, 50000 + second));
    }

    private static List<JsonNode> parse(List<ConsumerRecord<String, String>> records) {
        List<JsonNode> out = new ArrayList<>();
        for (ConsumerRecord<String, String> r : records) {
            try {
                out.add(JSON.readTree(r.value()));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return out;
    }

    private static boolean alertFor(List<ConsumerRecord<String, String>> alerts, String title, String eventId) {
        return parse(alerts).stream().anyMatch(a -> a.path("rule").path("name").asText().equals(title)
                && a.path("soc").path("alert").path("event_ids").path(0).asText().equals(eventId));
    }

    /** Sends probes until one raises the alert: the change has reached the events of this host. */
    private String probeUntil(Pipeline pipeline, Pipeline.TopicReader alerts, String user, String title) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            Envelope probe = sudo(user);
            pipeline.sendRaw(List.of(probe));
            try {
                alerts.await(r -> alertFor(r, title, probe.id()), Duration.ofSeconds(3), title);
                return probe.id();
            } catch (AssertionError notYet) {
                // the change is not there yet: try again with a new event
            }
        }
        throw new AssertionError("no '" + title + "' alert within 90 s");
    }

    @Test
    void rulesChangeWhileTheJobRunsAndUntouchedCorrelationsKeepTheirState(KafkaEndpoint kafka, Namespace ns)
            throws Exception {
        Pipeline pipeline = new Pipeline(kafka, ns, checkpoints);
        JobClient job = pipeline.start(Optional.empty());
        try (var alerts = pipeline.reader(Topic.ALERTS); var dlq = pipeline.reader(Topic.DLQ)) {
            // Five failures of a brute force (eight are needed) before any rule changes.
            List<Envelope> firstFailures = new ArrayList<>();
            for (int s = 0; s < 25; s += 5) {
                firstFailures.add(failure(s));
            }
            pipeline.sendRaw(firstFailures);

            pipeline.sendRule(TestRules.SUDO_ID, TestRules.sudoBy("Alice", "alice"));
            probeUntil(pipeline, alerts, "alice", "Sudo By Alice");

            pipeline.sendRule(TestRules.SUDO_ID, TestRules.sudoBy("Bob", "bob"));
            probeUntil(pipeline, alerts, "bob", "Sudo By Bob");
            Envelope aliceAfterReplace = sudo("alice");
            pipeline.sendRaw(List.of(aliceAfterReplace));

            pipeline.sendRule(TestRules.SUDO_ID, TestRules.sudoBy("Broken", "eve").replace("condition: selection", "condition: nope"));
            List<ConsumerRecord<String, String>> dead = dlq.await(r -> !r.isEmpty(), Duration.ofSeconds(60), "the rejection");
            DeadLetter rejection = DeadLetterJson.read(dead.get(0).value().getBytes(StandardCharsets.UTF_8));
            assertThat(rejection.source()).isEqualTo("rules");
            assertThat(rejection.id()).isEqualTo(TestRules.SUDO_ID);
            assertThat(rejection.origin()).startsWith(ns.topic(Topic.RULES) + "/");
            assertThat(rejection.reason()).contains("nope");
            assertThat(rejection.record()).contains("condition: nope");
            String bobStillThere = probeUntil(pipeline, alerts, "bob", "Sudo By Bob");
            assertThat(bobStillThere).isNotNull();

            pipeline.sendRule(TestRules.SUDO_ID, null);
            // After the disable reaches the host's events, a bob probe raises nothing while a control alert follows it.
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            boolean disabled = false;
            while (!disabled && System.nanoTime() < deadline) {
                Envelope probe = sudo("bob");
                Envelope control = line("access-log", "10.30.0.9 - - [21/Nov/2026:17:00:45 +0700] \"GET /portal/?id="
                        + offsets.get() + "%20or%201=1 HTTP/1.1\" 200 512 \"-\" \"sqlmap\"");
                pipeline.sendRaw(List.of(probe, control));
                List<ConsumerRecord<String, String>> seen = alerts.await(
                        r -> alertFor(r, "SQL Injection Attempt On A Hospital Portal", control.id()), Duration.ofSeconds(30), "the control alert");
                seen = alerts.settle(Duration.ofSeconds(2));
                disabled = !alertFor(seen, "Sudo By Bob", probe.id());
            }
            assertThat(disabled).as("the disabled rule stopped raising alerts").isTrue();

            // The brute force completes with three more failures: its state lived through every change.
            List<Envelope> rest = new ArrayList<>(List.of(failure(30), failure(35), failure(40)));
            rest.add(line("<38>1 2026-11-21T10:10:00Z " + HOST + " sshd 9 - - Server listening on 0.0.0.0 port 22."));
            pipeline.sendRaw(rest);
            List<ConsumerRecord<String, String>> all = alerts.await(r -> parse(r).stream().anyMatch(
                    a -> a.path("rule").path("name").asText().equals("SSH Brute Force From One Source")),
                    Duration.ofSeconds(60), "the brute-force alert");
            JsonNode bruteForce = parse(all).stream().filter(
                    a -> a.path("rule").path("name").asText().equals("SSH Brute Force From One Source")).findFirst().orElseThrow();
            assertThat(bruteForce.path("source").path("ip").asText()).isEqualTo("10.20.0.1");
            assertThat(bruteForce.path("soc").path("alert").path("event_count").asInt()).isEqualTo(8);
            assertThat(bruteForce.path("soc").path("alert").path("window_start").asText()).isEqualTo("2026-11-21T10:00:00Z");
            assertThat(alertFor(alerts.settle(Duration.ofSeconds(1)), "Sudo By Alice", aliceAfterReplace.id()))
                    .as("the replaced rule no longer matched alice").isFalse();
        } finally {
            Pipeline.cancel(job);
        }
    }
}
