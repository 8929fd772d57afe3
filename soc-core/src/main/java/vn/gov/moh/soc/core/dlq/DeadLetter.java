package vn.gov.moh.soc.core.dlq;

import java.time.Instant;
import java.util.Objects;

/**
 * One record of {@code soc.dlq} (Kafka key: {@link #id}, when known).
 *
 * @param id the stable id of the record that failed (an envelope's or event's id); null when the
 *     record was too broken to have one
 * @param source the stage that gave up on it and where it was going, e.g. {@code index} or
 *     {@code normalize}
 * @param target where the record was to be written, e.g. the index name; null when not relevant
 * @param origin where the record was read, {@code topic/partition/offset} (for a replay from the
 *     source topic); null when it did not come from Kafka as such (an indexed document)
 * @param reason why, in words an operator can act on (the Elasticsearch error type and reason, the parser's message)
 * @param record the record as the stage received it, as text (JSON documents stay JSON text)
 * @param time when the stage gave up, or the Kafka time of the record read when the stage derives
 *     it from there (so that a replay writes the same dead letter)
 */
public record DeadLetter(String id, String source, String target, String origin, String reason, String record,
        Instant time) {
    public DeadLetter {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(time, "time");
    }
}
