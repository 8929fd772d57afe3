package vn.gov.moh.soc.jobs.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.gov.moh.soc.core.envelope.Envelope;
import vn.gov.moh.soc.core.naming.Namespace;
import vn.gov.moh.soc.core.naming.Topic;
import vn.gov.moh.soc.testkit.KafkaEndpoint;
import vn.gov.moh.soc.testkit.RealStack;

/**
 * A correlation of a correlation through the whole job: failures from one source, then a login
 * from it, raise our critical "SSH Login Succeeds After Many Failures" (failures-before-success at
 * depth 1 feeding a temporal_ordered correlation at depth 2). Once as real traffic and once as a
 * drill's, from another source: the drill's alert carries its mark, the real one none.
 */
@RealStack
class ChainedCorrelationIT {
    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SUCCESS_AFTER_FAILURES = "3f0a1c52-6a7e-4c1b-9a54-2f7d1e0b8c05";

    @TempDir
    Path checkpoints;

    private static List<Envelope> failuresThenLogin(String host, String ip, int minute, String drill) {
        List<Envelope> out = new ArrayList<>();
        for (int i = 0; i <= 6; i++) {
            String text = i < 6
                    ? String.format("<38>1 2026-11-21T10:%02d:%02dZ %s sshd 812 - - Failed password for root from %s port %d ssh2",
                            minute, i * 5, host, ip, 40000 + i)
                    : String.format("<38>1 2026-11-21T10:%02d:45Z %s sshd 813 - - Accepted password for root from %s port"
                            + " 41000 ssh2", minute, host, ip);
            Envelope e = new Envelope("agent-" + host, "bv-bach-mai", host, "auth", "syslog", "/var/log/auth.log",
                    Integer.toString(i), Instant.parse("2026-11-21T10:30:00Z"), text,
                    text.getBytes(StandardCharsets.UTF_8).length, Set.of());
            out.add(drill == null ? e : e.withDrill(drill));
        }
        return out;
    }

    @Test
    void failuresThenALoginRaiseTheChainedCorrelationForRealAndDrillTrafficApart(KafkaEndpoint kafka, Namespace ns)
            throws Exception {
        Pipeline pipeline = new Pipeline(kafka, ns, checkpoints);
        JobClient job = pipeline.start(Optional.empty());
        try (var alerts = pipeline.reader(Topic.ALERTS)) {
            List<Envelope> lines = new ArrayList<>(failuresThenLogin("his-app-01", "203.0.113.61", 0, null));
            lines.addAll(failuresThenLogin("his-app-02", "203.0.113.62", 2, "drill-run-9"));
            pipeline.sendRaw(lines);
            List<ConsumerRecord<String, String>> got = alerts.await(r -> chained(r).size() >= 2, Duration.ofSeconds(120),
                    "two success-after-failures alerts");
            List<JsonNode> chained = chained(got);
            assertThat(chained).hasSize(2);
            JsonNode real = chained.stream().filter(a -> a.at("/source/ip").asText().equals("203.0.113.61")).findFirst()
                    .orElseThrow();
            JsonNode drill = chained.stream().filter(a -> a.at("/source/ip").asText().equals("203.0.113.62")).findFirst()
                    .orElseThrow();
            assertThat(real.at("/labels/soc_drill").isMissingNode()).as(real.toString()).isTrue();
            assertThat(drill.at("/labels/soc_drill").asText()).as(drill.toString()).isEqualTo("drill-run-9");
            assertThat(drill.at("/soc/alert/rule_level").asText()).isEqualTo("critical");
        } finally {
            Pipeline.cancel(job);
        }
    }

    private static List<JsonNode> chained(List<ConsumerRecord<String, String>> records) {
        List<JsonNode> out = new ArrayList<>();
        for (ConsumerRecord<String, String> r : records) {
            try {
                JsonNode a = JSON.readTree(r.value());
                if (SUCCESS_AFTER_FAILURES.equals(a.at("/rule/id").asText())) {
                    out.add(a);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }
}
