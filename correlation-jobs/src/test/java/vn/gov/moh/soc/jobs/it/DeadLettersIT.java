package vn.gov.moh.soc.jobs.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
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
import vn.gov.moh.soc.core.envelope.EnvelopeJson;
import vn.gov.moh.soc.core.naming.Namespace;
import vn.gov.moh.soc.core.naming.Topic;
import vn.gov.moh.soc.testkit.KafkaEndpoint;
import vn.gov.moh.soc.testkit.RealStack;

/** Malformed input of every kind ends in {@code soc.dlq} with its reason, and the good records around it go on. */
@RealStack
class DeadLettersIT {
    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());


    @TempDir
    Path checkpoints;

    private static byte[] envelope(long offset, String format, String line) {
        return EnvelopeJson.write(new Envelope("agent-dlq", "bv-test", "bad-host", "in", format, null,
                Long.toString(offset), Instant.parse("2026-11-21T00:00:00Z"), line,
                line.getBytes(StandardCharsets.UTF_8).length, Set.of()));
    }

    private static byte[] good(long offset) {
        return envelope(offset, "syslog", "<38>1 2026-11-21T10:00:00Z bad-host sshd 1 - - Accepted password for ops from "
                + "10.0.0.1 port " + (1000 + offset) + " ssh2");
    }

    @Test
    void everyKindOfBadRecordIsADeadLetterWithItsReasonAndTheGoodOnesAreEvents(KafkaEndpoint kafka, Namespace ns)
            throws Exception {
        // reason expected (a part of it) for each bad record, in sending order
        Map<String, byte[]> bad = new LinkedHashMap<>();
        bad.put("not an envelope: ", "plain text, not JSON".getBytes(StandardCharsets.UTF_8));
        bad.put("an envelope must be a JSON object", "[1,2,3]".getBytes(StandardCharsets.UTF_8));
        bad.put("envelope without 'line'", ("{\"agent\":{\"id\":\"a\"},\"unit\":\"u\",\"host\":\"h\",\"input\":\"i\","
                + "\"offset\":\"1\",\"received\":\"2026-11-21T00:00:00Z\"}").getBytes(StandardCharsets.UTF_8));
        bad.put("Invalid UTF-8", new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'});
        bad.put("without a value", null);
        bad.put("unknown format 'cef'", envelope(1, "cef", "CEF:0|vendor|product"));
        bad.put("not a syslog line", envelope(2, "syslog", "garbage that is no syslog"));
        bad.put("cannot parse as jsonl: malformed JSON", envelope(3, "jsonl", "{\"truncated\": \"json"));
        bad.put("must be an object", envelope(4, "evtx-json", "[\"an array\"]"));
        bad.put("longer than", envelope(5, "syslog", "<38>1 2026-11-21T10:00:00Z h app - - - " + "x".repeat(1_100_000)));
        bad.put("neither JSON, syslog, an access-log nor an IIS line", envelope(6, "auto", "?? what is this"));

        List<byte[]> records = new ArrayList<>();
        long offset = 100;
        for (byte[] value : bad.values()) {
            records.add(good(offset++));
            records.add(value);
        }
        records.add(good(offset));
        Pipeline pipeline = new Pipeline(kafka, ns, checkpoints);
        pipeline.sendRawBytes(records);

        JobClient job = pipeline.start(Optional.empty());
        try (var dlq = pipeline.reader(Topic.DLQ); var events = pipeline.reader(Topic.EVENTS)) {
            List<ConsumerRecord<String, String>> dead = dlq.await(r -> r.size() >= bad.size(), Duration.ofSeconds(120),
                    bad.size() + " dead letters");
            List<ConsumerRecord<String, String>> good = events.await(r -> r.size() >= bad.size() + 1,
                    Duration.ofSeconds(60), "the good events");
            dead = dlq.settle(Duration.ofSeconds(2));

            List<String> reasons = new ArrayList<>();
            for (ConsumerRecord<String, String> r : dead) {
                // soc-core's codec reads it: the job writes the one soc.dlq format.
                DeadLetter d = DeadLetterJson.read(r.value().getBytes(StandardCharsets.UTF_8));
                assertThat(d.source()).isEqualTo("normalize");
                assertThat(d.origin()).startsWith(ns.topic(Topic.RAW) + "/");
                assertThat(d.id()).isEqualTo(r.key());
                reasons.add(d.reason());
            }
            assertThat(dead).hasSize(bad.size());
            for (String expected : bad.keySet()) {
                assertThat(reasons).as("a dead letter saying '" + expected + "'").anySatisfy(r -> assertThat(r).contains(expected));
            }
            assertThat(good.stream().map(ConsumerRecord::key).collect(Collectors.toSet())).hasSize(bad.size() + 1);
            assertThat(events.settle(Duration.ofSeconds(1))).hasSize(bad.size() + 1);
        } finally {
            Pipeline.cancel(job);
        }
    }
}
