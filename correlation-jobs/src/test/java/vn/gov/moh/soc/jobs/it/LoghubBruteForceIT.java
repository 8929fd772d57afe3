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
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
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
import vn.gov.moh.soc.core.testdata.LoghubOpenSsh;
import vn.gov.moh.soc.testkit.KafkaEndpoint;
import vn.gov.moh.soc.testkit.RealStack;

/**
 * Loghub's OpenSSH 2k sample through {@code soc.raw} and the whole job: brute-force alerts on
 * {@code soc.alerts} for exactly the sources, and as many per source, as {@link LoghubOpenSsh}
 * computes from the structured CSV; every line an event on {@code soc.events}; nothing in the DLQ.
 */
@RealStack
class LoghubBruteForceIT {
    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

    static final String HOST = "LabSZ";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path checkpoints;

    /** The sample's lines as an agent on its host ships them, then one line an hour later that moves event time on. */
    static List<Envelope> envelopes(LoghubOpenSsh sample) {
        List<Envelope> out = new ArrayList<>();
        long offset = 0;
        for (String line : sample.rawLines()) {
            out.add(envelope(offset++, line));
        }
        out.add(envelope(offset, "Dec 10 23:59:59 LabSZ sshd[1]: Server listening on 0.0.0.0 port 22."));
        return out;
    }

    static Envelope envelope(long offset, String line) {
        return new Envelope("agent-labsz", "bv-test", HOST, "auth-log", "syslog", "/var/log/auth.log",
                Long.toString(offset * 100), Instant.parse("2026-11-21T00:00:00Z"), line,
                line.getBytes(StandardCharsets.UTF_8).length, Set.of());
    }

    static Map<String, Integer> bruteForceAlertsBySource(List<ConsumerRecord<String, String>> alerts) throws Exception {
        Map<String, Integer> bySource = new TreeMap<>();
        for (ConsumerRecord<String, String> r : alerts) {
            JsonNode alert = JSON.readTree(r.value());
            if (alert.path("rule").path("name").asText().equals("SSH Brute Force From One Source")) {
                assertThat(alert.path("soc").path("alert").path("event_count").asInt()).isEqualTo(8);
                bySource.merge(alert.path("source").path("ip").asText(), 1, Integer::sum);
            }
        }
        return bySource;
    }

    static int total(Map<String, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    @Test
    void bruteForceAlertsMatchTheCountsOfTheStructuredLog(KafkaEndpoint kafka, Namespace ns) throws Exception {
        LoghubOpenSsh sample = LoghubOpenSsh.load();
        Map<String, Integer> expected = sample.expectedBruteForceAlerts(8, 120);
        Pipeline pipeline = new Pipeline(kafka, ns, checkpoints);
        List<Envelope> input = envelopes(sample);
        pipeline.sendRaw(input);

        JobClient job = pipeline.start(Optional.empty());
        try (var events = pipeline.reader(Topic.EVENTS); var alerts = pipeline.reader(Topic.ALERTS);
                var dlq = pipeline.reader(Topic.DLQ)) {
            events.await(r -> r.size() >= input.size(), Duration.ofSeconds(120), input.size() + " events");
            List<ConsumerRecord<String, String>> got = alerts.await(r -> {
                try {
                    return total(bruteForceAlertsBySource(r)) >= total(expected);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, Duration.ofSeconds(60), total(expected) + " brute-force alerts");
            List<ConsumerRecord<String, String>> all = alerts.settle(Duration.ofSeconds(2));

            System.out.println("OpenSSH_2k through the job: brute-force alerts by source " + bruteForceAlertsBySource(all)
                    + ", " + all.size() + " alerts in all");
            assertThat(bruteForceAlertsBySource(all)).isEqualTo(expected).isNotEmpty();
            assertThat(all.stream().map(ConsumerRecord::key).collect(Collectors.toSet())).hasSize(all.size());
            assertThat(got).isNotEmpty();
            assertThat(events.settle(Duration.ofSeconds(1))).hasSize(input.size());
            assertThat(dlq.records()).isEmpty();
        } finally {
            Pipeline.cancel(job);
        }
    }
}
