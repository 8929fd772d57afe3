package vn.gov.moh.soc.jobs.record;

/**
 * A record the job could not use, for {@code soc.dlq}: what it was, where it came from, which
 * stage refused it and why. Keyed by {@link #id} so that a replay overwrites rather than repeats.
 */
public class DeadLetter {
    /** The envelope id when the envelope could be read, else the record's topic position; the rule id for rules. */
    public String id;
    /** {@code normalize} or {@code rules}. */
    public String stage;
    public String reason;
    /** Where it was read: {@code topic/partition/offset}. */
    public String origin;
    /** The record as received (UTF-8, invalid bytes replaced); null for a tombstone. */
    public String raw;
    /** Kafka time of the record, epoch milliseconds: deterministic across replays. */
    public long time;

    public DeadLetter() {
    }

    public DeadLetter(String id, String stage, String reason, String origin, String raw, long time) {
        this.id = id;
        this.stage = stage;
        this.reason = reason;
        this.origin = origin;
        this.raw = raw;
        this.time = time;
    }
}
