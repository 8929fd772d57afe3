package vn.gov.moh.soc.portal.infrastructure.messaging;

import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import vn.gov.moh.soc.core.naming.Namespace;
import vn.gov.moh.soc.core.naming.Topic;

/**
 * An idempotent producer (acks from every in-sync replica, no duplicates or reordering on the
 * producer's own retries) into the namespace's topics.
 */
final class KafkaRecordSender implements RecordSender, AutoCloseable {
    private final KafkaProducer<byte[], byte[]> producer;
    private final Namespace namespace;

    KafkaRecordSender(String bootstrapServers, Namespace namespace) {
        this.namespace = namespace;
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ProducerConfig.CLIENT_ID_CONFIG, "compliance-portal");
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "5");
        p.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        // Bounded so that an unreachable broker fails the round (retried later) instead of blocking the timer.
        p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "10000");
        p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000");
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "30000");
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, String.valueOf(Topic.MAX_RECORD_BYTES));
        // Serializer instances, not class names: no class loading through Kafka's own loader in the server.
        producer = new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer());
    }

    @Override
    public Future<?> send(OutboxRecord r) {
        return producer.send(new ProducerRecord<>(namespace.topic(r.topic()), r.key().getBytes(StandardCharsets.UTF_8), r.value()));
    }

    @Override
    public void flush() {
        producer.flush();
    }

    @Override
    public void close() {
        producer.close(java.time.Duration.ofSeconds(5));
    }
}
