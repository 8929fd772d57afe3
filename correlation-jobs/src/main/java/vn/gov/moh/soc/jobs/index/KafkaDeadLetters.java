package vn.gov.moh.soc.jobs.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import vn.gov.moh.soc.core.dlq.DeadLetter;
import vn.gov.moh.soc.core.dlq.DeadLetterJson;
import vn.gov.moh.soc.core.naming.Namespace;
import vn.gov.moh.soc.core.naming.Topic;

/**
 * Writes rejected documents to {@code soc.dlq} as {@link DeadLetter} JSON (source {@code index},
 * target the index), keyed by the document id. {@link #flush} returns once Kafka has them all, so
 * a checkpoint never completes with a rejected document neither indexed nor dead-lettered.
 */
public final class KafkaDeadLetters implements DeadLetterHandler {
    /** Longest record text kept (characters): a rejected document larger than this is cut, and the reason says so. */
    static final int MAX_RECORD_CHARS = Topic.MAX_RECORD_BYTES / 4;

    private final KafkaProducer<byte[], byte[]> producer;
    private final String topic;
    private final AtomicReference<Exception> failure = new AtomicReference<>();

    KafkaDeadLetters(Properties producerProperties, String topic) {
        this.producer = new KafkaProducer<>(producerProperties, new ByteArraySerializer(), new ByteArraySerializer());
        this.topic = topic;
    }

    /**
     * A factory for the writers of a job.
     *
     * @param bootstrapServers the Kafka cluster
     * @param namespace the namespace of {@code soc.dlq}
     * @param producerOverrides extra producer settings (security, for instance); may be empty
     */
    public static DeadLetterHandler.Factory factory(String bootstrapServers, Namespace namespace,
            Map<String, String> producerOverrides) {
        Objects.requireNonNull(bootstrapServers, "bootstrapServers");
        String topic = namespace.topic(Topic.DLQ);
        HashMap<String, String> overrides = new HashMap<>(producerOverrides);
        return () -> {
            Properties p = new Properties();
            p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            p.put(ProducerConfig.ACKS_CONFIG, "all");
            p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
            p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Integer.toString(Topic.MAX_RECORD_BYTES));
            p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
            p.putAll(overrides);
            return new KafkaDeadLetters(p, topic);
        };
    }

    @Override
    public void reject(String id, String target, String record, String reason) {
        String text = record;
        String why = reason;
        if (text.length() > MAX_RECORD_CHARS) {
            text = text.substring(0, MAX_RECORD_CHARS);
            why = reason + " (record cut to " + MAX_RECORD_CHARS + " of " + record.length() + " characters)";
        }
        byte[] value = DeadLetterJson.write(new DeadLetter(id, "index", target, null, why, text, Instant.now()));
        byte[] key = id == null ? null : id.getBytes(StandardCharsets.UTF_8);
        producer.send(new ProducerRecord<>(topic, key, value), (metadata, e) -> {
            if (e != null) {
                failure.compareAndSet(null, e);
            }
        });
    }

    @Override
    public void flush() throws IOException {
        producer.flush();
        Exception e = failure.get();
        if (e != null) {
            throw new IOException("could not write a rejected document to " + topic + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
