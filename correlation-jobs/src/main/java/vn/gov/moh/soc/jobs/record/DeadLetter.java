package vn.gov.moh.soc.jobs.record;

import java.time.Instant;

/**
 * A dead letter between the stages and the {@code soc.dlq} sink: soc-core's
 * {@link vn.gov.moh.soc.core.dlq.DeadLetter} with the same fields, as a mutable POJO because Flink's
 * POJO serializer needs one (the sink writes it with soc-core's {@code DeadLetterJson}, so the topic
 * has one format). Keyed by {@link #id} so that a replay overwrites rather than repeats.
 */
public class DeadLetter {
    /** The envelope id when the envelope could be read, else the record's topic position; the rule id for rules. */
    public String id;
    /** The stage that refused it: {@code normalize}, {@code match} or {@code rules}. */
    public String source;
    /** Where it was to be written; null when the stage refused it before choosing (all stages of this job). */
    public String target;
    /** Where it was read: {@code topic/partition/offset}; null for an event the job itself made. */
    public String origin;
    public String reason;
    /** The record as received (UTF-8, invalid bytes replaced); empty for a tombstone. */
    public String record;
    /** Kafka time of the record, epoch milliseconds: deterministic across replays. */
    public long time;

    public DeadLetter() {
    }

    public DeadLetter(String id, String source, String reason, String origin, String record, long time) {
        this.id = id;
        this.source = source;
        this.reason = reason;
        this.origin = origin;
        this.record = record == null ? "" : record;
        this.time = time;
    }

    /** The record of the {@code soc.dlq} contract. */
    public vn.gov.moh.soc.core.dlq.DeadLetter toContract() {
        return new vn.gov.moh.soc.core.dlq.DeadLetter(id, source, target, origin, reason, record == null ? "" : record,
                Instant.ofEpochMilli(time));
    }
}
