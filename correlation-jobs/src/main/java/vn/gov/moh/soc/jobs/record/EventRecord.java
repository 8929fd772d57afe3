package vn.gov.moh.soc.jobs.record;

import org.apache.flink.api.common.typeinfo.TypeInfo;
import vn.gov.moh.soc.core.event.Event;
import vn.gov.moh.soc.core.event.EventJson;

/**
 * A normalized event between the stages: its stable id (the envelope id), its event time, the
 * source it came from (the host, for per-source watermarks) and the event itself, as the parsed
 * {@link Event} or as its ECS JSON (what {@code soc.events} and the events index receive), each
 * made from the other on first use and then kept.
 *
 * <p>Normalize hands on the parsed event: match evaluates it without reading JSON again, and the
 * JSON is written once, in the task whose sinks need it. Between tasks the record travels in
 * {@link EventRecordSerializer}'s compact form. Not thread-safe, like {@link Event}: a record
 * belongs to the task thread handling it.
 */
@TypeInfo(RecordTypeInfo.EventFactory.class)
public class EventRecord {
    public String id;
    /** Event time ({@code @timestamp}), epoch milliseconds. */
    public long timestamp;
    /** The host the line was logged on: the unit of watermark tracking. */
    public String source;
    /** The event, or null while only its JSON is known. */
    Event event;
    /** The event as ECS JSON ({@link EventJson}), or null until first asked for. */
    byte[] json;

    public EventRecord() {
    }

    public EventRecord(String id, long timestamp, String source, Event event) {
        this(id, timestamp, source, event, null);
    }

    public EventRecord(String id, long timestamp, String source, byte[] json) {
        this(id, timestamp, source, null, json);
    }

    EventRecord(String id, long timestamp, String source, Event event, byte[] json) {
        this.id = id;
        this.timestamp = timestamp;
        this.source = source;
        this.event = event;
        this.json = json;
    }

    /**
     * The event; read from the JSON the first time when the record was made from JSON.
     *
     * @throws IllegalArgumentException if that JSON is not a valid event
     */
    public Event event() {
        if (event == null) {
            event = EventJson.read(json);
        }
        return event;
    }

    /** The event as ECS JSON, written the first time; callers must not change the array. */
    public byte[] json() {
        if (json == null) {
            json = EventJson.write(event);
        }
        return json;
    }
}
