package vn.gov.moh.soc.jobs.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.gov.moh.soc.core.envelope.Envelope;
import vn.gov.moh.soc.core.envelope.EnvelopeJson;
import vn.gov.moh.soc.core.event.EventJson;
import vn.gov.moh.soc.core.naming.Namespace;
import vn.gov.moh.soc.core.naming.Topic;
import vn.gov.moh.soc.core.parse.EventReader;
import vn.gov.moh.soc.core.sigma.Alert;
import vn.gov.moh.soc.core.sigma.AlertDocument;
import vn.gov.moh.soc.core.sigma.Detector;
import vn.gov.moh.soc.core.sigma.RuleLibrary;
import vn.gov.moh.soc.core.testdata.LoghubOpenSsh;
import vn.gov.moh.soc.jobs.normalize.Normalizer;
import vn.gov.moh.soc.jobs.record.RawRecord;
import vn.gov.moh.soc.testkit.ElasticsearchEndpoint;
import vn.gov.moh.soc.testkit.KafkaEndpoint;
import vn.gov.moh.soc.testkit.RealStack;

/**
 * Kill the job mid-stream and start it again from its last checkpoint: every input line is one
 * event on {@code soc.events}, once (exactly-once sinks, read_committed), and the alerts are
 * exactly those of soc-core's single-process {@link Detector} over the same lines, each once.
 * In Elasticsearch (at least once, by id) the events indices hold one document per input line and
 * {@code soc-alerts} one per alert: the events the restart replayed were overwritten, its alerts
 * found there and kept (created once, a 409 counted as written), nothing is missing.
 * Keyed state is in RocksDB here.
 */
@RealStack
class CheckpointRestoreIT {
    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

    /** This test keeps keyed state in RocksDB; the others on the heap. */
    private static Map<String, String> settings(ElasticsearchEndpoint elasticsearch) {
        Map<String, String> s = new HashMap<>(Pipeline.indexing(elasticsearch));
        s.put("state.backend", "rocksdb");
        return s;
    }

    @TempDir
    Path checkpoints;

    /** The alert ids the reference engine raises on the same envelopes, normalized the same way. */
    private static Set<String> referenceAlertIds(List<Envelope> input) {
        Normalizer normalizer = new Normalizer(new EventReader());
        Detector detector = new Detector(RuleLibrary.load(List.of(Path.of(System.getProperty("soc.rules.dir", "../rules")))));
        Set<String> ids = new TreeSet<>();
        long offset = 0;
        for (Envelope e : input) {
            var record = normalizer.normalize(new RawRecord("soc.raw", 0, offset++, 0, EnvelopeJson.write(e))).event();
            for (Alert alert : detector.process(EventJson.read(record.json()))) {
                ids.add(AlertDocument.id(alert));
            }
        }
        return ids;
    }

    @Test
    void killedMidStreamAndRestoredTheOutputIsEveryInputOnceAndTheSameAlerts(KafkaEndpoint kafka,
            ElasticsearchEndpoint elasticsearch, Namespace ns) throws Exception {
        Map<String, String> settings = settings(elasticsearch);
        List<Envelope> input = LoghubBruteForceIT.envelopes(LoghubOpenSsh.load());
        Set<String> expectedAlerts = referenceAlertIds(input);
        Pipeline pipeline = new Pipeline(kafka, ns, checkpoints);
        List<Envelope> first = input.subList(0, 1000);
        List<Envelope> second = input.subList(1000, input.size());

        JobClient job = pipeline.start(Optional.empty(), settings);
        try (var events = pipeline.reader(Topic.EVENTS); var alerts = pipeline.reader(Topic.ALERTS)) {
            pipeline.sendRaw(first);
            events.await(r -> r.size() >= first.size(), Duration.ofSeconds(120), "the first half committed");
            // The second half arrives slowly; the job is killed while it does.
            CompletableFuture<Void> sending = CompletableFuture.runAsync(() -> {
                try {
                    for (int i = 0; i < second.size(); i += 50) {
                        pipeline.sendRaw(second.subList(i, Math.min(second.size(), i + 50)));
                        Thread.sleep(100);
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(1_000);
            Pipeline.cancel(job);
            int committedAtKill = events.settle(Duration.ofSeconds(1)).size();
            Path checkpoint = pipeline.latestCheckpoint().orElseThrow();
            sending.get();

            job = pipeline.start(Optional.of(checkpoint), settings);
            List<ConsumerRecord<String, String>> allEvents = events.await(r -> r.size() >= input.size(),
                    Duration.ofSeconds(120), input.size() + " events");
            alerts.await(r -> r.size() >= expectedAlerts.size(), Duration.ofSeconds(60), expectedAlerts.size() + " alerts");
            allEvents = events.settle(Duration.ofSeconds(3));
            List<ConsumerRecord<String, String>> allAlerts = alerts.settle(Duration.ofSeconds(1));

            System.out.println("killed with " + committedAtKill + " of " + input.size() + " events committed, restored from "
                    + checkpoint.getFileName() + "; then " + allEvents.size() + " events, " + allAlerts.size() + " alerts");
            assertThat(committedAtKill).as("killed mid-stream").isLessThan(input.size());
            assertThat(allEvents).hasSize(input.size());
            assertThat(allEvents.stream().map(ConsumerRecord::key).collect(Collectors.toSet()))
                    .isEqualTo(input.stream().map(Envelope::id).collect(Collectors.toSet()));
            List<String> alertIds = new ArrayList<>(allAlerts.stream().map(ConsumerRecord::key).toList());
            assertThat(alertIds).doesNotHaveDuplicates();
            assertThat(new TreeSet<>(alertIds)).isEqualTo(expectedAlerts);
            assertThat(allAlerts.get(0).value()).contains("\"kind\":\"alert\"").contains("\"priority\":\"P");

            // Indexing flushes before each checkpoint barrier; the Kafka output is committed with the
            // checkpoint, so once Kafka shows everything, the indices have it too.
            Indices indices = new Indices(elasticsearch);
            List<String> indexedEvents = indices.ids(ns.eventsIndexPattern());
            assertThat(indexedEvents).hasSize(input.size()).doesNotHaveDuplicates();
            assertThat(new TreeSet<>(indexedEvents)).isEqualTo(input.stream().map(Envelope::id).collect(Collectors.toCollection(TreeSet::new)));
            List<String> indexedAlerts = indices.ids(ns.alertsIndex());
            assertThat(indexedAlerts).hasSize(expectedAlerts.size());
            assertThat(new TreeSet<>(indexedAlerts)).isEqualTo(expectedAlerts);
        } finally {
            Pipeline.cancel(job);
        }
    }
}
