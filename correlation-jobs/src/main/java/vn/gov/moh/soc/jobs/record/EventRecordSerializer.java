package vn.gov.moh.soc.jobs.record;

import java.io.IOException;
import org.apache.flink.api.common.typeutils.SimpleTypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;

/**
 * Writes an {@link EventRecord} between tasks as its event in {@link EventCodec}'s form, so the
 * receiving task gets the parsed event without reading JSON; a record known only as JSON travels
 * as its JSON.
 */
public final class EventRecordSerializer extends RecordSerializer<EventRecord> {
    private static final long serialVersionUID = 1L;
    public static final EventRecordSerializer INSTANCE = new EventRecordSerializer();

    @Override
    public EventRecord createInstance() {
        return new EventRecord();
    }

    @Override
    public EventRecord copy(EventRecord from) {
        return new EventRecord(from.id, from.timestamp, from.source, EventCodec.copy(from.event),
                from.json == null ? null : from.json.clone());
    }

    @Override
    public void serialize(EventRecord record, DataOutputView out) throws IOException {
        Texts.write(record.id, out);
        out.writeLong(record.timestamp);
        Texts.write(record.source, out);
        EventCodec.writeBody(record.event, record.json, out);
    }

    @Override
    public EventRecord deserialize(DataInputView in) throws IOException {
        String id = Texts.read(in);
        long timestamp = in.readLong();
        String source = Texts.read(in);
        EventCodec.Body body = EventCodec.readBody(in);
        return new EventRecord(id, timestamp, source, body.event(), body.json());
    }

    @Override
    public TypeSerializerSnapshot<EventRecord> snapshotConfiguration() {
        return new Snapshot();
    }

    /** The serializer has no configuration: its snapshot only names it. */
    public static final class Snapshot extends SimpleTypeSerializerSnapshot<EventRecord> {
        public Snapshot() {
            super(() -> INSTANCE);
        }
    }
}
