package vn.gov.moh.soc.jobs.record;

import java.io.IOException;
import org.apache.flink.api.common.typeutils.SimpleTypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;
import org.apache.flink.types.StringValue;

/**
 * Writes an {@link AlertRecord} between tasks with its document in {@link EventCodec}'s form, so
 * enrichment gets the document without reading JSON; one known only as JSON travels as its JSON.
 */
public final class AlertRecordSerializer extends RecordSerializer<AlertRecord> {
    private static final long serialVersionUID = 1L;
    public static final AlertRecordSerializer INSTANCE = new AlertRecordSerializer();

    @Override
    public AlertRecord createInstance() {
        return new AlertRecord();
    }

    @Override
    public AlertRecord copy(AlertRecord from) {
        AlertRecord copy = new AlertRecord(from.id, from.ruleId, from.level, from.timestamp, EventCodec.copy(from.document),
                from.json == null ? null : from.json.clone());
        copy.priority = from.priority;
        copy.assetId = from.assetId;
        copy.systemId = from.systemId;
        copy.systemLevel = from.systemLevel;
        return copy;
    }

    @Override
    public void serialize(AlertRecord record, DataOutputView out) throws IOException {
        StringValue.writeString(record.id, out);
        StringValue.writeString(record.ruleId, out);
        StringValue.writeString(record.level, out);
        out.writeLong(record.timestamp);
        StringValue.writeString(record.priority, out);
        StringValue.writeString(record.assetId, out);
        StringValue.writeString(record.systemId, out);
        out.writeInt(record.systemLevel);
        EventCodec.writeBody(record.document, record.json, out);
    }

    @Override
    public AlertRecord deserialize(DataInputView in) throws IOException {
        String id = StringValue.readString(in);
        String ruleId = StringValue.readString(in);
        String level = StringValue.readString(in);
        long timestamp = in.readLong();
        String priority = StringValue.readString(in);
        String assetId = StringValue.readString(in);
        String systemId = StringValue.readString(in);
        int systemLevel = in.readInt();
        EventCodec.Body body = EventCodec.readBody(in);
        AlertRecord record = new AlertRecord(id, ruleId, level, timestamp, body.event(), body.json());
        record.priority = priority;
        record.assetId = assetId;
        record.systemId = systemId;
        record.systemLevel = systemLevel;
        return record;
    }

    @Override
    public TypeSerializerSnapshot<AlertRecord> snapshotConfiguration() {
        return new Snapshot();
    }

    /** The serializer has no configuration: its snapshot only names it. */
    public static final class Snapshot extends SimpleTypeSerializerSnapshot<AlertRecord> {
        public Snapshot() {
            super(() -> INSTANCE);
        }
    }
}
