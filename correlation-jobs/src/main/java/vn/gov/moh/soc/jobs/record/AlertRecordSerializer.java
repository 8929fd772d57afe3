package vn.gov.moh.soc.jobs.record;

import java.io.IOException;
import org.apache.flink.api.common.typeutils.SimpleTypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;

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
        Texts.write(record.id, out);
        Texts.write(record.ruleId, out);
        Texts.write(record.level, out);
        out.writeLong(record.timestamp);
        Texts.write(record.priority, out);
        Texts.write(record.assetId, out);
        Texts.write(record.systemId, out);
        out.writeInt(record.systemLevel);
        EventCodec.writeBody(record.document, record.json, out);
    }

    @Override
    public AlertRecord deserialize(DataInputView in) throws IOException {
        String id = Texts.read(in);
        String ruleId = Texts.read(in);
        String level = Texts.read(in);
        long timestamp = in.readLong();
        String priority = Texts.read(in);
        String assetId = Texts.read(in);
        String systemId = Texts.read(in);
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
