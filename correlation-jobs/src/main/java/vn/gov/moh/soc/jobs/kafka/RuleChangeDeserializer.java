package vn.gov.moh.soc.jobs.kafka;

import java.nio.charset.StandardCharsets;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import vn.gov.moh.soc.jobs.record.RuleChange;

/** A {@code soc.rules} record as a change: key = rule id, value = YAML; a tombstone (null value) disables. */
final class RuleChangeDeserializer implements KafkaRecordDeserializationSchema<RuleChange> {
    private static final long serialVersionUID = 1L;

    @Override
    public void deserialize(ConsumerRecord<byte[], byte[]> record, Collector<RuleChange> out) {
        String key = record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8);
        String yaml = record.value() == null ? null : new String(record.value(), StandardCharsets.UTF_8);
        out.collect(new RuleChange(key, yaml, record.topic() + "/" + record.partition() + "/" + record.offset(),
                record.timestamp()));
    }

    @Override
    public TypeInformation<RuleChange> getProducedType() {
        return TypeInformation.of(RuleChange.class);
    }
}
