package vn.gov.moh.soc.jobs.kafka;

import java.nio.charset.StandardCharsets;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.kafka.clients.producer.ProducerRecord;
import vn.gov.moh.soc.core.dlq.DeadLetterJson;
import vn.gov.moh.soc.jobs.record.AlertRecord;
import vn.gov.moh.soc.jobs.record.DeadLetter;
import vn.gov.moh.soc.jobs.record.EventRecord;

/**
 * How each record goes to its topic: the key is the record's stable id (so a consumer, and
 * compaction if a topic ever is, can tell a replayed record), the value its JSON.
 */
final class RecordSerializers {
    private RecordSerializers() {
    }

    static KafkaRecordSerializationSchema<EventRecord> events(String topic) {
        return (event, context, timestamp) -> new ProducerRecord<>(topic, null, event.timestamp, utf8(event.id), event.json());
    }

    static KafkaRecordSerializationSchema<AlertRecord> alerts(String topic) {
        return (alert, context, timestamp) -> new ProducerRecord<>(topic, null, alert.timestamp, utf8(alert.id), alert.json());
    }

    static KafkaRecordSerializationSchema<DeadLetter> deadLetters(String topic) {
        return (dead, context, timestamp) -> new ProducerRecord<>(topic, null, dead.time, utf8(dead.id),
                DeadLetterJson.write(dead.toContract()));
    }

    private static byte[] utf8(String s) {
        return s == null ? null : s.getBytes(StandardCharsets.UTF_8);
    }
}
