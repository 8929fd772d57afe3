package vn.gov.moh.soc.jobs.kafka;

import java.util.Properties;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import vn.gov.moh.soc.core.naming.Topic;
import vn.gov.moh.soc.jobs.config.JobConfig;
import vn.gov.moh.soc.jobs.record.AlertRecord;
import vn.gov.moh.soc.jobs.record.DeadLetter;
import vn.gov.moh.soc.jobs.record.EventRecord;
import vn.gov.moh.soc.jobs.record.RawRecord;
import vn.gov.moh.soc.jobs.record.RuleChange;

/**
 * The job's Kafka sources and sinks, named by the configuration's namespace. Offsets are in
 * the checkpoints (and committed to the group for monitoring); a first start reads
 * {@code soc.raw} from the group's committed offsets, else from the beginning, and always reads
 * the compacted {@code soc.rules} from the beginning. Sinks deliver exactly once (transactions
 * committed with each checkpoint; readers must use {@code isolation.level=read_committed}) or at
 * least once, as configured.
 */
public final class KafkaTopics {
    /** Producer batch size of the sinks. */
    static final int BATCH_BYTES = 256 * 1024;

    private final JobConfig config;

    public KafkaTopics(JobConfig config) {
        this.config = config;
    }

    public KafkaSource<RawRecord> raw() {
        return KafkaSource.<RawRecord>builder()
                .setBootstrapServers(config.bootstrapServers())
                .setTopics(config.namespace().topic(Topic.RAW))
                .setGroupId(config.groupId())
                .setStartingOffsets(OffsetsInitializer.committedOffsets(OffsetResetStrategy.EARLIEST))
                .setDeserializer(new RawRecordDeserializer())
                .setProperty("isolation.level", "read_committed")
                .setProperty("max.partition.fetch.bytes", Integer.toString(Topic.MAX_RECORD_BYTES))
                .build();
    }

    public KafkaSource<RuleChange> rules() {
        return KafkaSource.<RuleChange>builder()
                .setBootstrapServers(config.bootstrapServers())
                .setTopics(config.namespace().topic(Topic.RULES))
                .setGroupId(config.groupId() + "-rules")
                .setStartingOffsets(OffsetsInitializer.earliest())
                .setDeserializer(new RuleChangeDeserializer())
                .setProperty("isolation.level", "read_committed")
                .build();
    }

    public KafkaSink<EventRecord> events() {
        return sink(Topic.EVENTS, RecordSerializers.events(config.namespace().topic(Topic.EVENTS)));
    }

    public KafkaSink<AlertRecord> alerts() {
        return sink(Topic.ALERTS, RecordSerializers.alerts(config.namespace().topic(Topic.ALERTS)));
    }

    public KafkaSink<DeadLetter> deadLetters() {
        return sink(Topic.DLQ, RecordSerializers.deadLetters(config.namespace().topic(Topic.DLQ)));
    }

    private <T> KafkaSink<T> sink(Topic topic, KafkaRecordSerializationSchema<T> serializer) {
        Properties producer = new Properties();
        producer.setProperty("transaction.timeout.ms", Long.toString(config.transactionTimeout().toMillis()));
        producer.setProperty("max.request.size", Integer.toString(Topic.MAX_RECORD_BYTES));
        producer.setProperty("compression.type", "lz4");
        // Larger batches: an event is about 1 KB, so the default 16 KB batch opened a new batch (and a
        // new lz4 frame) every 16 events, a visible share of the normalize thread. Records become
        // visible at the checkpoint's commit anyway; a few milliseconds of linger cost nothing there.
        producer.setProperty("batch.size", Integer.toString(BATCH_BYTES));
        producer.setProperty("linger.ms", "20");
        boolean exactlyOnce = config.delivery() == JobConfig.Delivery.EXACTLY_ONCE;
        var builder = KafkaSink.<T>builder()
                .setBootstrapServers(config.bootstrapServers())
                .setRecordSerializer(serializer)
                .setKafkaProducerConfig(producer)
                .setDeliveryGuarantee(exactlyOnce ? DeliveryGuarantee.EXACTLY_ONCE : DeliveryGuarantee.AT_LEAST_ONCE);
        if (exactlyOnce) {
            // Unique per deployment and topic: two jobs sharing a prefix would fence each other.
            String prefix = (config.namespace().prefix().isEmpty() ? "" : config.namespace().prefix() + "-")
                    + config.groupId() + "-" + topic.baseName();
            builder.setTransactionalIdPrefix(prefix);
        }
        return builder.build();
    }
}
