package vn.gov.moh.soc.jobs.record;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;
import vn.gov.moh.soc.core.event.Event;
import vn.gov.moh.soc.core.event.LogSource;

/**
 * The binary form of an {@link Event} between tasks: its flat field map (name, type tag, value)
 * and its log source. Values take the types {@link vn.gov.moh.soc.core.event.EventJson} gives
 * them on a round trip (an {@link Integer} as {@link Long}, what it writes as a string as its
 * text), so a stage sees the event it would have read from the JSON.
 */
final class EventCodec {
    private static final byte NULL = 0;
    private static final byte TEXT = 1;
    private static final byte INTEGER = 2;
    private static final byte DECIMAL = 3;
    private static final byte TRUE = 4;
    private static final byte FALSE = 5;
    private static final byte LIST = 6;

    private static final byte FORM_EVENT = 1;
    private static final byte FORM_JSON = 2;

    private EventCodec() {
    }

    /** An event as the parsed event or, when that is not known, as its JSON. */
    record Body(Event event, byte[] json) {
    }

    /** Writes the event if known, else its JSON as it is (a malformed one reaches the stage that reports it). */
    static void writeBody(Event event, byte[] json, DataOutputView out) throws IOException {
        if (event != null) {
            out.writeByte(FORM_EVENT);
            write(event, out);
        } else {
            out.writeByte(FORM_JSON);
            out.writeInt(json.length);
            out.write(json);
        }
    }

    static Body readBody(DataInputView in) throws IOException {
        byte form = in.readByte();
        if (form == FORM_EVENT) {
            return new Body(read(in), null);
        }
        if (form != FORM_JSON) {
            throw new IOException("not a serialized event: form " + form);
        }
        byte[] json = new byte[in.readInt()];
        in.readFully(json);
        return new Body(null, json);
    }

    /** A copy whose field map (and list values) the caller may change; null for null. */
    static Event copy(Event event) {
        if (event == null) {
            return null;
        }
        Map<String, Object> fields = new HashMap<>(event.fields());
        fields.replaceAll((name, value) -> value instanceof List<?> list ? new ArrayList<>(list) : value);
        return new Event(fields, event.logSource());
    }

    static void write(Event event, DataOutputView out) throws IOException {
        Map<String, Object> fields = event.fields();
        out.writeInt(fields.size());
        for (Map.Entry<String, Object> field : fields.entrySet()) {
            Texts.write(field.getKey(), out);
            writeValue(field.getValue(), out);
        }
        LogSource source = event.logSource();
        Texts.write(source.product(), out);
        Texts.write(source.service(), out);
        out.writeInt(source.categories().size());
        for (String category : source.categories()) {
            Texts.write(category, out);
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
            Texts.write(value.toString(), out);
        }
    }

    static Event read(DataInputView in) throws IOException {
        int size = in.readInt();
        Map<String, Object> fields = new HashMap<>(size * 4 / 3 + 1);
        for (int i = 0; i < size; i++) {
            String name = Texts.readName(in);
            fields.put(name, readValue(in));
        }
        String product = Texts.read(in);
        String service = Texts.read(in);
        int categories = in.readInt();
        Set<String> category = new HashSet<>();
        for (int i = 0; i < categories; i++) {
            category.add(Texts.read(in));
        }
        LogSource logSource = product == null && service == null && category.isEmpty()
                ? LogSource.UNKNOWN : new LogSource(product, category, service);
        return new Event(fields, logSource);
    }

    private static Object readValue(DataInputView in) throws IOException {
        byte tag = in.readByte();
        return switch (tag) {
            case NULL -> null;
            case TEXT -> Texts.read(in);
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

}
