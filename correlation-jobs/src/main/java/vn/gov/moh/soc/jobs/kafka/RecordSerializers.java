package vn.gov.moh.soc.jobs.kafka;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.kafka.clients.producer.ProducerRecord;
import vn.gov.moh.soc.jobs.record.AlertRecord;
import vn.gov.moh.soc.jobs.record.DeadLetter;
import vn.gov.moh.soc.jobs.record.EventRecord;

/**
 * How each record goes to its topic: the key is the record's stable id (so a consumer, and
 * compaction if a topic ever is, can tell a replayed record), the value its JSON.
 */
final class RecordSerializers {
    private static final ObjectMapper JSON = new ObjectMapper();

    private RecordSerializers() {
    }

    static KafkaRecordSerializationSchema<EventRecord> events(String topic) {
        return (event, context, timestamp) -> new ProducerRecord<>(topic, null, event.timestamp, utf8(event.id), event.json);
    }

    static KafkaRecordSerializationSchema<AlertRecord> alerts(String topic) {
        return (alert, context, timestamp) -> new ProducerRecord<>(topic, null, alert.timestamp, utf8(alert.id), alert.json);
    }

    static KafkaRecordSerializationSchema<DeadLetter> deadLetters(String topic) {
        return (dead, context, timestamp) -> new ProducerRecord<>(topic, null, dead.time, utf8(dead.id), deadLetterJson(dead));
    }

    /** {@code {"id", "@timestamp", "stage", "reason", "origin", "raw"}}: the record as received and why it was refused. */
    static byte[] deadLetterJson(DeadLetter dead) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", dead.id);
        node.put("@timestamp", Instant.ofEpochMilli(dead.time).toString());
        node.put("stage", dead.stage);
        node.put("reason", dead.reason);
        node.put("origin", dead.origin);
        node.put("raw", dead.raw);
        return node.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] utf8(String s) {
        return s == null ? null : s.getBytes(StandardCharsets.UTF_8);
    }
}
