package vn.gov.moh.soc.jobs.it;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.StateRecoveryOptions;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import vn.gov.moh.soc.core.envelope.Envelope;
import vn.gov.moh.soc.core.envelope.EnvelopeJson;
import vn.gov.moh.soc.core.naming.Namespace;
import vn.gov.moh.soc.core.naming.Topic;
import vn.gov.moh.soc.jobs.CorrelationJob;
import vn.gov.moh.soc.jobs.LocalCorrelationJob;
import vn.gov.moh.soc.jobs.config.JobConfig;
import vn.gov.moh.soc.jobs.rules.RuleFiles;
import vn.gov.moh.soc.testkit.ElasticsearchEndpoint;
import vn.gov.moh.soc.testkit.KafkaEndpoint;

/** The job on the test's MiniCluster against the test kit's Kafka, and the topics around it. */
final class Pipeline {
    private final KafkaEndpoint kafka;
    private final Namespace ns;
    private final Path checkpoints;

    Pipeline(KafkaEndpoint kafka, Namespace ns, Path checkpoints) {
        this.kafka = kafka;
        this.ns = ns;
        this.checkpoints = checkpoints;
    }

    JobConfig config() {
        return config(Map.of());
    }

    JobConfig config(Map<String, String> extra) {
        Map<String, String> settings = new HashMap<>();
        settings.put("kafka.bootstrap.servers", kafka.bootstrapServers());
        settings.put("namespace", ns.prefix());
        settings.put("group.id", "it-" + ns.prefix());
        settings.put("checkpoint.dir", checkpoints.toUri().toString());
        settings.put("checkpoint.interval", "500ms");
        settings.put("watermark.out-of-orderness", "5s");
        settings.put("parallelism", "2");
        // Kafka only unless a test gives its Elasticsearch (indexing() below).
        settings.put("elasticsearch.enabled", "false");
        settings.putAll(extra);
        return JobConfig.of(settings);
    }

    /** The settings that make the job index into the test kit's Elasticsearch. */
    static Map<String, String> indexing(ElasticsearchEndpoint elasticsearch) {
        return Map.of("elasticsearch.enabled", "true", "elasticsearch.hosts", elasticsearch.url(),
                "elasticsearch.flush.interval", "200ms");
    }

    /** Starts the job, from the given checkpoint if any. */
    JobClient start(Optional<Path> restoreFrom) throws Exception {
        return start(restoreFrom, Map.of());
    }

    JobClient start(Optional<Path> restoreFrom, Map<String, String> settings) throws Exception {
        JobConfig config = config(settings);
        Configuration flink = CorrelationJob.flinkConfiguration(config);
        restoreFrom.ifPresent(p -> flink.set(StateRecoveryOptions.SAVEPOINT_PATH, p.toUri().toString()));
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(flink);
        CorrelationJob.build(env, config, RuleFiles.read(config.ruleDirs()));
        return env.executeAsync(CorrelationJob.name(config));
    }

    /** The newest completed checkpoint of any job under the checkpoint folder. */
    Optional<Path> latestCheckpoint() {
        return LocalCorrelationJob.latestCheckpoint(checkpoints.toUri().toString());
    }

    /** Sends agent envelopes to soc.raw, keyed by host as agents do. */
    void sendRaw(List<Envelope> envelopes) throws Exception {
        List<ProducerRecord<String, String>> records = new ArrayList<>();
        for (Envelope e : envelopes) {
            records.add(new ProducerRecord<>(ns.topic(Topic.RAW), e.host(),
                    new String(EnvelopeJson.write(e), StandardCharsets.UTF_8)));
        }
        send(records);
    }

    /** Sends records to soc.raw as they are, bytes and all (a null value is a tombstone). */
    void sendRawBytes(List<byte[]> values) throws Exception {
        var props = kafka.producerProperties();
        props.put("key.serializer", org.apache.kafka.common.serialization.ByteArraySerializer.class.getName());
        props.put("value.serializer", org.apache.kafka.common.serialization.ByteArraySerializer.class.getName());
        props.put("max.request.size", Integer.toString(Topic.MAX_RECORD_BYTES));
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(props)) {
            for (byte[] value : values) {
                producer.send(new ProducerRecord<>(ns.topic(Topic.RAW), "bad-host".getBytes(StandardCharsets.UTF_8), value));
            }
            producer.flush();
        }
    }

    /** A rule change on soc.rules: the rule's YAML, or null to disable it. */
    void sendRule(String id, String yaml) throws Exception {
        send(List.of(new ProducerRecord<>(ns.topic(Topic.RULES), id, yaml)));
    }

    private void send(List<ProducerRecord<String, String>> records) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(kafka.producerProperties())) {
            for (ProducerRecord<String, String> r : records) {
                producer.send(r);
            }
            producer.flush();
        }
    }

    /** Reads what the job committed to a topic. */
    TopicReader reader(Topic topic) {
        return new TopicReader(topic);
    }

    final class TopicReader implements AutoCloseable {
        private final KafkaConsumer<String, String> consumer;
        private final List<ConsumerRecord<String, String>> records = new ArrayList<>();

        TopicReader(Topic topic) {
            var props = kafka.consumerProperties("reader-" + topic.baseName() + "-" + System.nanoTime());
            props.put("isolation.level", "read_committed");
            props.put("max.partition.fetch.bytes", Integer.toString(Topic.MAX_RECORD_BYTES));
            consumer = new KafkaConsumer<>(props);
            consumer.subscribe(List.of(ns.topic(topic)));
        }

        /** Polls until the records read so far satisfy the condition, or fails after the timeout. */
        List<ConsumerRecord<String, String>> await(Predicate<List<ConsumerRecord<String, String>>> done, Duration timeout,
                String what) {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!done.test(records)) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("timed out after " + timeout + " waiting for " + what + "; have "
                            + records.size() + " records");
                }
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            return List.copyOf(records);
        }

        /** Polls for a while longer, to see that nothing more comes. */
        List<ConsumerRecord<String, String>> settle(Duration quiet) {
            long deadline = System.nanoTime() + quiet.toNanos();
            while (System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            return List.copyOf(records);
        }

        List<ConsumerRecord<String, String>> records() {
            return List.copyOf(records);
        }

        @Override
        public void close() {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    /**
     * Cancels the job and waits until it has stopped: the cancel's acknowledgement comes before the
     * tasks end, and a checkpoint still being written then raced the test's temporary folder's
     * deletion (seen under load in CheckpointRestoreIT).
     */
    static void cancel(JobClient job) throws Exception {
        job.cancel().get(60, TimeUnit.SECONDS);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!job.getJobStatus().get(60, TimeUnit.SECONDS).isGloballyTerminalState()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("job " + job.getJobID() + " did not stop within 60 s of its cancel");
            }
            Thread.sleep(100);
        }
    }
}
