package vn.gov.moh.soc.jobs.record;

/**
 * A normalized event between the stages: its stable id (the envelope id), its event time, the
 * source it came from (the host, for per-source watermarks) and its ECS JSON, which is exactly
 * what {@code soc.events} and the events index receive.
 */
public class EventRecord {
    public String id;
    /** Event time ({@code @timestamp}), epoch milliseconds. */
    public long timestamp;
    /** The host the line was logged on: the unit of watermark tracking. */
    public String source;
    /** The event as ECS JSON ({@link vn.gov.moh.soc.core.event.EventJson}). */
    public byte[] json;

    public EventRecord() {
    }

    public EventRecord(String id, long timestamp, String source, byte[] json) {
        this.id = id;
        this.timestamp = timestamp;
        this.source = source;
        this.json = json;
    }
}
