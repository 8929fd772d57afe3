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
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.gov.moh.soc.core.envelope.Envelope;
import vn.gov.moh.soc.core.naming.Namespace;
import vn.gov.moh.soc.core.naming.Topic;
import vn.gov.moh.soc.jobs.config.JobConfig;
import vn.gov.moh.soc.testkit.KafkaEndpoint;
import vn.gov.moh.soc.testkit.RealStack;

/**
 * A brute force, then nothing: with the default {@code watermark.quiet-flush} (10 s) its alert
 * reaches {@code soc.alerts} within that bound (plus a checkpoint to commit it), although no
 * later event moves event time on. Without the flush the last failures would wait behind the
 * out-of-orderness until the host's idleness (1 min) or the next event. Before the brute force,
 * one older line reaches every partition of {@code soc.raw} (so every subtask of the job has seen
 * an older host): a quiet subtask must not hold back the subtask of the attacked host either.
 */
@RealStack
class QuietStreamIT {
    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * What the alert may take beyond the quiet flush: the periodic watermark, the stages, a
     * checkpoint to commit it (500 ms), polling; one run here took 1.2 s, the rest is for a loaded
     * machine. The bound stays well below the host's idleness (1 min), the other way out.
     */
    private static final Duration SLACK = Duration.ofSeconds(10);

    @TempDir
    Path checkpoints;

    private static Envelope line(String host, long offset, String text) {
        return new Envelope("agent-" + host, "bv-bach-mai", host, "auth", "syslog", "/var/log/auth.log",
                Long.toString(offset), Instant.parse("2026-11-21T10:05:00Z"), text,
                text.getBytes(StandardCharsets.UTF_8).length, Set.of());
    }

    /** One host name per partition of soc.raw, as the producer's key hashing places them. */
    private static List<String> oneHostPerPartition() {
        int partitions = Topic.RAW.defaultPartitions();
        String[] hosts = new String[partitions];
        int found = 0;
        for (int i = 0; found < partitions; i++) {
            String host = "ward-" + i;
            int p = Utils.toPositive(Utils.murmur2(host.getBytes(StandardCharsets.UTF_8))) % partitions;
            if (hosts[p] == null) {
                hosts[p] = host;
                found++;
            }
        }
        return List.of(hosts);
    }

    @Test
    void theAlertOfABruteForceFollowedBySilenceArrivesWithinTheQuietFlush(KafkaEndpoint kafka, Namespace ns)
            throws Exception {
        Pipeline pipeline = new Pipeline(kafka, ns, checkpoints);
        Duration flush = JobConfig.defaults().quietFlush();
        assertThat(flush).isEqualTo(Duration.ofSeconds(10));
        assertThat(flush.plus(SLACK)).as("the bound must tell the flush from the idleness").isLessThan(
                pipeline.config().idleness());
        JobClient job = pipeline.start(Optional.empty());
        try (var events = pipeline.reader(Topic.EVENTS); var alerts = pipeline.reader(Topic.ALERTS)) {
            // The job runs and has read a line on every partition: what follows is timed from its input, not its start.
            List<Envelope> older = new ArrayList<>();
            for (String host : oneHostPerPartition()) {
                older.add(line(host, 0, "<38>1 2026-11-21T09:59:00Z " + host + " sshd 800 - - Server listening on"
                        + " 0.0.0.0 port 22."));
            }
            pipeline.sendRaw(older);
            events.await(r -> r.size() >= older.size(), Duration.ofSeconds(120), "the first events");

            List<Envelope> bruteForce = new ArrayList<>();
            for (int i = 1; i <= 8; i++) {
                bruteForce.add(line("his-app-01", i, String.format("<38>1 2026-11-21T10:00:%02dZ his-app-01 sshd 812 - - Failed"
                        + " password for root from 203.0.113.50 port %d ssh2", i * 2, 40000 + i)));
            }
            pipeline.sendRaw(bruteForce);
            long sent = System.nanoTime();
            List<ConsumerRecord<String, String>> got = alerts.await(r -> !bruteForceAlerts(r).isEmpty(),
                    flush.plus(SLACK).plusSeconds(30), "the brute-force alert");
            Duration took = Duration.ofNanos(System.nanoTime() - sent);
            System.out.println("brute-force alert " + took.toMillis() + " ms after the last line, quiet flush " + flush);

            assertThat(took).as("wall time from the last line to the alert").isLessThan(flush.plus(SLACK));
            JsonNode alert = bruteForceAlerts(got).get(0);
            assertThat(alert.path("source").path("ip").asText()).isEqualTo("203.0.113.50");
            assertThat(alert.path("soc").path("alert").path("event_count").asInt()).isEqualTo(8);
            assertThat(alert.path("host").path("name").asText()).as("the attacked host").isEqualTo("his-app-01");
        } finally {
            Pipeline.cancel(job);
        }
    }

    private static List<JsonNode> bruteForceAlerts(List<ConsumerRecord<String, String>> records) {
        List<JsonNode> out = new ArrayList<>();
        for (ConsumerRecord<String, String> r : records) {
            try {
                JsonNode a = JSON.readTree(r.value());
                if (a.path("rule").path("name").asText().equals("SSH Brute Force From One Source")) {
                    out.add(a);
                }
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return out;
    }
}
