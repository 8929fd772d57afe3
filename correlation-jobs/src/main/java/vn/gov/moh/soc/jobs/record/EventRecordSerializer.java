package vn.gov.moh.soc.jobs.record;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.flink.api.common.typeutils.SimpleTypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.base.TypeSerializerSingleton;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;
import org.apache.flink.types.StringValue;
import vn.gov.moh.soc.core.event.Event;
import vn.gov.moh.soc.core.event.LogSource;

/**
 * Writes an {@link EventRecord} between tasks as its flat field map (name, type tag, value) and
 * log source, so the receiving task gets the parsed event without reading JSON; a record known
 * only as JSON travels as its JSON. Values take the types {@link vn.gov.moh.soc.core.event.EventJson}
 * gives them on a round trip (an {@link Integer} as {@link Long}, what it writes as a string as
 * its text), so match sees the event it would have read from {@code soc.events}.
 */
public final class EventRecordSerializer extends TypeSerializerSingleton<EventRecord> {
    private static final long serialVersionUID = 1L;
    public static final EventRecordSerializer INSTANCE = new EventRecordSerializer();

    private static final byte FORM_EVENT = 1;
    private static final byte FORM_JSON = 2;
    private static final byte NULL = 0;
    private static final byte TEXT = 1;
    private static final byte INTEGER = 2;
    private static final byte DECIMAL = 3;
    private static final byte TRUE = 4;
    private static final byte FALSE = 5;
    private static final byte LIST = 6;

    @Override
    public boolean isImmutableType() {
        return false;
    }

    @Override
    public EventRecord createInstance() {
        return new EventRecord();
    }

    @Override
    public EventRecord copy(EventRecord from) {
        Event event = null;
        if (from.event != null) {
            Map<String, Object> fields = new HashMap<>(from.event.fields());
            fields.replaceAll((name, value) -> value instanceof List<?> list ? new ArrayList<>(list) : value);
            event = new Event(fields, from.event.logSource());
        }
        return new EventRecord(from.id, from.timestamp, from.source, event, from.json == null ? null : from.json.clone());
    }

    @Override
    public EventRecord copy(EventRecord from, EventRecord reuse) {
        return copy(from);
    }

    @Override
    public int getLength() {
        return -1;
    }

    @Override
    public void serialize(EventRecord record, DataOutputView out) throws IOException {
        StringValue.writeString(record.id, out);
        out.writeLong(record.timestamp);
        StringValue.writeString(record.source, out);
        if (record.event != null) {
            out.writeByte(FORM_EVENT);
            writeEvent(record.event, out);
        } else {
            out.writeByte(FORM_JSON);
            out.writeInt(record.json.length);
            out.write(record.json);
        }
    }

    private static void writeEvent(Event event, DataOutputView out) throws IOException {
        Map<String, Object> fields = event.fields();
        out.writeInt(fields.size());
        for (Map.Entry<String, Object> field : fields.entrySet()) {
            StringValue.writeString(field.getKey(), out);
            writeValue(field.getValue(), out);
        }
        LogSource source = event.logSource();
        StringValue.writeString(source.product(), out);
        StringValue.writeString(source.service(), out);
        out.writeInt(source.categories().size());
        for (String category : source.categories()) {
            StringValue.writeString(category, out);
        }
    }

    private static void writeValue(Object value, DataOutputView out) throws IOException {
        if (value == null) {
            out.writeByte(NULL);
        } else if (value instanceof Long || value instanceof Integer) {
            out.writeByte(INTEGER);
            out.writeLong(((Number) value).longValue());
        } else if (value instanceof Double) {
            out.writeByte(DECIMAL);
            out.writeDouble(((Number) value).doubleValue());
        } else if (value instanceof Boolean b) {
            out.writeByte(b ? TRUE : FALSE);
        } else if (value instanceof List<?> list) {
            out.writeByte(LIST);
            out.writeInt(list.size());
            for (Object item : list) {
                writeValue(item, out);
            }
        } else {
            out.writeByte(TEXT);
            StringValue.writeString(value.toString(), out);
        }
    }

    @Override
    public EventRecord deserialize(DataInputView in) throws IOException {
        String id = StringValue.readString(in);
        long timestamp = in.readLong();
        String source = StringValue.readString(in);
        byte form = in.readByte();
        if (form == FORM_EVENT) {
            return new EventRecord(id, timestamp, source, readEvent(in), null);
        }
        if (form != FORM_JSON) {
            throw new IOException("not a serialized event record: form " + form);
        }
        byte[] json = new byte[in.readInt()];
        in.readFully(json);
        return new EventRecord(id, timestamp, source, null, json);
    }

    private static Event readEvent(DataInputView in) throws IOException {
        int size = in.readInt();
        Map<String, Object> fields = new HashMap<>(size * 4 / 3 + 1);
        for (int i = 0; i < size; i++) {
            String name = StringValue.readString(in);
            fields.put(name, readValue(in));
        }
        String product = StringValue.readString(in);
        String service = StringValue.readString(in);
        int categories = in.readInt();
        Set<String> category = new HashSet<>();
        for (int i = 0; i < categories; i++) {
            category.add(StringValue.readString(in));
        }
        LogSource logSource = product == null && service == null && category.isEmpty()
                ? LogSource.UNKNOWN : new LogSource(product, category, service);
        return new Event(fields, logSource);
    }

    private static Object readValue(DataInputView in) throws IOException {
        byte tag = in.readByte();
        return switch (tag) {
            case NULL -> null;
            case TEXT -> StringValue.readString(in);
            case INTEGER -> in.readLong();
            case DECIMAL -> in.readDouble();
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case LIST -> {
                int size = in.readInt();
                List<Object> items = new ArrayList<>(size);
                for (int i = 0; i < size; i++) {
                    items.add(readValue(in));
                }
                yield items;
            }
            default -> throw new IOException("not a serialized event value: tag " + tag);
        };
    }

    @Override
    public EventRecord deserialize(EventRecord reuse, DataInputView in) throws IOException {
        return deserialize(in);
    }

    @Override
    public void copy(DataInputView source, DataOutputView target) throws IOException {
        serialize(deserialize(source), target);
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
