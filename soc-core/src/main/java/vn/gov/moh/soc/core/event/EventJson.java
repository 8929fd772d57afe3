package vn.gov.moh.soc.core.event;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.gov.moh.soc.core.json.JsonEscaping;

/**
 * JSON codec of {@link Event}: nested objects are flattened into dotted field names on read
 * ({@code {"source":{"ip":"10.0.0.1"}}} gives {@code source.ip}) and nested again on write, so
 * Elasticsearch and Kafka see ordinary ECS documents. A key that already contains dots is kept
 * as written. The log source travels as {@code soc.logsource.*}.
 *
 * <p>Reads with Jackson's streaming parser under explicit limits (nesting depth, string length),
 * so a hostile document fails with a clear error instead of exhausting memory or stack.
 */
public final class EventJson {
    /** Deepest nesting accepted; ECS documents are a few levels deep. */
    public static final int MAX_DEPTH = 64;
    /** Longest string value accepted (characters). */
    public static final int MAX_STRING = 16 * 1024 * 1024;

    private static final JsonFactory FACTORY = com.fasterxml.jackson.databind.json.JsonMapper.builder(
            JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(MAX_DEPTH)
                            .maxStringLength(MAX_STRING)
                            .build())
                    .build())
            .build().getFactory();

    static final String PRODUCT = "soc.logsource.product";
    static final String CATEGORY = "soc.logsource.category";
    static final String SERVICE = "soc.logsource.service";

    private EventJson() {
    }

    /**
     * Parses one JSON object into an event.
     *
     * @throws IllegalArgumentException naming what is wrong (not an object, too deep, malformed)
     */
    public static Event read(byte[] json) {
        try (JsonParser parser = FACTORY.createParser(json)) {
            return read(parser);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a valid JSON event: " + reason(e), e);
        }
    }

    public static Event read(String json) {
        try (JsonParser parser = FACTORY.createParser(json)) {
            return read(parser);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a valid JSON event: " + reason(e), e);
        }
    }

    private static String reason(IOException e) {
        return e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
    }

    private static Event read(JsonParser parser) throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            throw new IllegalArgumentException("not a valid JSON event: expected an object");
        }
        Map<String, Object> fields = new HashMap<>();
        readObject(parser, "", fields);
        if (parser.nextToken() != null) {
            throw new IllegalArgumentException("not a valid JSON event: text after the object");
        }
        LogSource source = logSourceOf(fields);
        return new Event(fields, source);
    }

    private static void readObject(JsonParser parser, String prefix, Map<String, Object> out) throws IOException {
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_OBJECT) {
            if (token != JsonToken.FIELD_NAME) {
                throw new IOException("unexpected " + token);
            }
            String name = prefix + parser.currentName();
            JsonToken value = parser.nextToken();
            if (value == JsonToken.START_OBJECT) {
                readObject(parser, name + ".", out);
            } else if (value == JsonToken.START_ARRAY) {
                out.put(name, readArray(parser));
            } else {
                out.put(name, scalar(parser, value));
            }
        }
    }

    private static List<Object> readArray(JsonParser parser) throws IOException {
        List<Object> items = new ArrayList<>();
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                // Objects inside arrays have no dotted name; keep them as their JSON text.
                items.add(parser.readValueAsTree().toString());
            } else {
                items.add(scalar(parser, token));
            }
        }
        return items;
    }

    private static Object scalar(JsonParser parser, JsonToken token) throws IOException {
        return switch (token) {
            case VALUE_STRING -> parser.getText();
            case VALUE_NUMBER_INT -> parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                    ? parser.getText() : (Object) parser.getLongValue();
            case VALUE_NUMBER_FLOAT -> parser.getDoubleValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            default -> throw new IOException("unexpected " + token);
        };
    }

    private static LogSource logSourceOf(Map<String, Object> fields) {
        Object product = fields.get(PRODUCT);
        Object category = fields.get(CATEGORY);
        Object service = fields.get(SERVICE);
        if (product == null && category == null && service == null) {
            return LogSource.UNKNOWN;
        }
        Set<String> categories = new java.util.HashSet<>();
        if (category instanceof List<?> list) {
            list.forEach(c -> categories.add(String.valueOf(c)));
        } else if (category != null) {
            categories.add(category.toString());
        }
        return new LogSource(product == null ? null : product.toString(), categories,
                service == null ? null : service.toString());
    }

    /** Writes the event as nested ECS JSON, with its log source under {@code soc.logsource}. */
    public static byte[] write(Event event) {
        // On every event of the pipeline's hot path (normalize, alerts, enrichment): the keys are
        // sorted as an array, so the names under one object are neighbours and the JSON is written
        // in one pass over them, without building the nested maps first. Names the pass does not
        // cover (see NestedWriter) are written through the tree, which gives the same bytes.
        Map<String, Object> fields = event.fields();
        String[] keys = fields.keySet().toArray(new String[0]);
        java.util.Arrays.sort(keys);
        ByteArrayOutputStream out = new ByteArrayOutputStream(2048);
        try (JsonGenerator generator = FACTORY.createGenerator(out)) {
            if (!new NestedWriter(generator, fields, event.logSource()).write(keys)) {
                generator.close();
                return writeAsTree(event, keys);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The nested maps built first, then written: the reference the one-pass writer gives the same bytes as. */
    static byte[] writeAsTree(Event event, String[] sortedKeys) {
        Map<String, Object> fields = event.fields();
        Map<String, Object> tree = new LinkedHashMap<>();
        for (String key : sortedKeys) {
            nest(tree, key, fields.get(key));
        }
        LogSource source = event.logSource();
        if (source.product() != null) {
            nest(tree, PRODUCT, source.product());
        }
        if (!source.categories().isEmpty()) {
            nest(tree, CATEGORY, sortedCategories(source));
        }
        if (source.service() != null) {
            nest(tree, SERVICE, source.service());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(2048);
        try (JsonGenerator generator = FACTORY.createGenerator(out)) {
            writeValue(generator, tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static List<String> sortedCategories(LogSource source) {
        return source.categories().stream().sorted().toList();
    }

    /**
     * Writes sorted dotted names as nested objects in one pass: the objects open along a name are
     * kept as a path, closed where the next name leaves them and opened where it enters new ones.
     * A name one of whose prefixes is itself a field with a value keeps the rest of the name as one
     * key under that prefix's object, as the tree does. {@link #write} answers false, before or in
     * the middle of writing, for the names only the tree handles the same way: an empty name, one
     * ending with a dot, a null field that is also the prefix of another, a field named {@code soc}
     * or under {@code soc.logsource}.
     */
    private static final class NestedWriter {
        private final JsonGenerator g;
        private final Utf8Strings strings = new Utf8Strings();
        private final Map<String, Object> fields;
        private final LogSource source;
        private final String[] path = new String[MAX_DEPTH + 1];
        private int depth;
        private boolean logSourceWritten;

        NestedWriter(JsonGenerator g, Map<String, Object> fields, LogSource source) {
            this.g = g;
            this.fields = fields;
            this.source = source;
        }

        boolean write(String[] keys) throws IOException {
            for (String key : keys) {
                if (key.isEmpty() || key.charAt(key.length() - 1) == '.' || key.equals("soc")
                        || key.startsWith("soc.logsource")) {
                    return false;
                }
            }
            g.writeStartObject();
            for (String key : keys) {
                if (!writeField(key)) {
                    return false;
                }
            }
            closeTo(0);
            if (!logSourceWritten && hasLogSource()) {
                g.writeFieldName("soc");
                g.writeStartObject();
                writeLogSource();
                g.writeEndObject();
            }
            g.writeEndObject();
            return true;
        }

        private boolean writeField(String key) throws IOException {
            // Stay in the open objects the name shares with the path.
            int level = 0;
            int start = 0;
            while (level < depth) {
                String part = path[level];
                int end = start + part.length();
                if (end < key.length() && key.charAt(end) == '.' && key.startsWith(part, start)) {
                    level++;
                    start = end + 1;
                } else {
                    break;
                }
            }
            closeTo(level);
            // Enter new objects along the rest of the name, unless a prefix holds a value.
            int dot;
            while ((dot = key.indexOf('.', start)) >= 0) {
                String prefix = key.substring(0, dot);
                if (fields.containsKey(prefix)) {
                    if (fields.get(prefix) == null) {
                        return false;
                    }
                    break;
                }
                if (depth == MAX_DEPTH) {
                    return false;
                }
                String part = key.substring(start, dot);
                g.writeFieldName(part);
                g.writeStartObject();
                path[depth++] = part;
                start = dot + 1;
            }
            g.writeFieldName(start == 0 ? key : key.substring(start));
            writeValue(g, fields.get(key), strings);
            return true;
        }

        private void closeTo(int level) throws IOException {
            while (depth > level) {
                depth--;
                if (depth == 0 && path[0].equals("soc") && hasLogSource()) {
                    writeLogSource();
                    logSourceWritten = true;
                }
                g.writeEndObject();
            }
        }

        private boolean hasLogSource() {
            return source.product() != null || !source.categories().isEmpty() || source.service() != null;
        }

        private void writeLogSource() throws IOException {
            g.writeFieldName("logsource");
            g.writeStartObject();
            if (source.product() != null) {
                g.writeStringField("product", source.product());
            }
            if (!source.categories().isEmpty()) {
                g.writeFieldName("category");
                writeValue(g, sortedCategories(source), strings);
            }
            if (source.service() != null) {
                g.writeStringField("service", source.service());
            }
            g.writeEndObject();
        }
    }

    /**
     * String values of one document written as the generator writes them, faster: an ASCII text
     * (most of an event, its {@code event.original} included, where the quotes of a JSON line make
     * the generator's own loop slow) is handed to the generator as finished UTF-8: its own bytes
     * when nothing in it is escaped (most values), else escaped by {@link JsonEscaping} into a
     * buffer made at the document's first such text and kept for the others.
     */
    private static final class Utf8Strings {
        private byte[] buf;

        void write(JsonGenerator g, String text) throws IOException {
            byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
            if (!escapedAlike(text, utf8)) {
                g.writeString(text);
                return;
            }
            int first = JsonEscaping.firstEscape(utf8, 0, utf8.length);
            if (first < 0) {
                g.writeRawUTF8String(utf8, 0, utf8.length);
                return;
            }
            int room = first + JsonEscaping.room(utf8.length - first);
            if (buf == null || buf.length < room) {
                buf = new byte[Math.max(room, buf == null ? 1024 : 2 * buf.length)];
            }
            System.arraycopy(utf8, 0, buf, 0, first);
            int length = JsonEscaping.escape(utf8, first, utf8.length, buf, first);
            g.writeRawUTF8String(buf, 0, length);
        }

        /**
         * Whether the text's UTF-8 escaped by {@link JsonEscaping} is what the generator writes:
         * taken only for ASCII, the usual case. Other texts are left to the generator: the JDK's
         * encoder is slower on them, and escaping alike would need a scan for four-byte characters
         * and lone surrogates (tried: no gain on the FHIR records, whose names are Vietnamese).
         */
        private static boolean escapedAlike(String text, byte[] utf8) {
            if (utf8.length != text.length()) {
                return false;
            }
            // ASCII, unless a lone surrogate became a question mark (one byte for one character).
            for (int i = JsonEscaping.indexOf(utf8, (byte) '?', 0); i >= 0; i = JsonEscaping.indexOf(utf8, (byte) '?', i + 1)) {
                if (text.charAt(i) != '?') {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * Puts a dotted name into the tree of objects ({@code a.b.c} as {@code a → b → c}); where a
     * scalar already sits where an object is needed, the rest of the name is kept as one dotted
     * key. Trailing dots are ignored; a name of dots only is kept as it is.
     */
    @SuppressWarnings("unchecked")
    private static void nest(Map<String, Object> tree, String dotted, Object value) {
        int end = dotted.length();
        while (end > 0 && dotted.charAt(end - 1) == '.') {
            end--;
        }
        if (end == 0) {
            tree.put(dotted, value);
            return;
        }
        Map<String, Object> node = tree;
        int start = 0;
        int dot;
        while ((dot = dotted.indexOf('.', start)) >= 0 && dot < end) {
            String part = dotted.substring(start, dot);
            Object child = node.get(part);
            if (!(child instanceof Map)) {
                if (child != null) {
                    // A scalar already sits where an object is needed: keep the dotted key as is.
                    node.put(dotted.substring(start, end), value);
                    return;
                }
                child = new LinkedHashMap<String, Object>();
                node.put(part, child);
            }
            node = (Map<String, Object>) child;
            start = dot + 1;
        }
        node.put(dotted.substring(start, end), value);
    }

    private static void writeValue(JsonGenerator g, Object value) throws IOException {
        writeValue(g, value, null);
    }

    /** Writes a value; its strings through {@code strings} when given, else by the generator itself. */
    private static void writeValue(JsonGenerator g, Object value, Utf8Strings strings) throws IOException {
        if (value instanceof String text && strings != null) {
            strings.write(g, text);
        } else if (value instanceof Map<?, ?> map) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                g.writeFieldName(e.getKey().toString());
                writeValue(g, e.getValue(), strings);
            }
            g.writeEndObject();
        } else if (value instanceof List<?> list) {
            g.writeStartArray();
            for (Object item : list) {
                writeValue(g, item, strings);
            }
            g.writeEndArray();
        } else if (value instanceof Long l) {
            g.writeNumber(l);
        } else if (value instanceof Integer i) {
            g.writeNumber(i);
        } else if (value instanceof Double d) {
            g.writeNumber(d);
        } else if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (value == null) {
            g.writeNull();
        } else {
            g.writeString(value.toString());
        }
    }
}
