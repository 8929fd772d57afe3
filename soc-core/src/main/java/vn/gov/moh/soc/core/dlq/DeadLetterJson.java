package vn.gov.moh.soc.core.dlq;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * JSON form of a {@link DeadLetter} on {@code soc.dlq}:
 * <pre>{"id":"agent-1:nginx:7f3a.1024","source":"index","target":"soc-events-2026.11.21",
 * "reason":"document_parsing_exception: failed to parse field [host.name] of type [keyword]",
 * "record":"{\"host\":{\"name\":{}}}","time":"2026-11-21T03:00:00.123Z"}</pre>
 * or, for a line the normalize stage refused,
 * <pre>{"id":"soc.raw/3/1024","source":"normalize","origin":"soc.raw/3/1024","reason":"not JSON: ...",
 * "record":"garbage","time":"2026-11-21T03:00:00.123Z"}</pre>
 * {@code id}, {@code target} and {@code origin} are left out when unknown.
 */
public final class DeadLetterJson {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(4).maxStringLength(64 * 1024 * 1024).build())
            .build();

    private DeadLetterJson() {
    }

    public static byte[] write(DeadLetter d) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(d.record().length() + d.reason().length() + 160);
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartObject();
            if (d.id() != null) {
                g.writeStringField("id", d.id());
            }
            g.writeStringField("source", d.source());
            if (d.target() != null) {
                g.writeStringField("target", d.target());
            }
            if (d.origin() != null) {
                g.writeStringField("origin", d.origin());
            }
            g.writeStringField("reason", d.reason());
            g.writeStringField("record", d.record());
            g.writeStringField("time", d.time().toString());
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Reads a dead letter.
     *
     * @throws IllegalArgumentException naming the field that is missing or wrong, or saying the text is not JSON
     */
    public static DeadLetter read(byte[] json) {
        String id = null;
        String source = null;
        String target = null;
        String origin = null;
        String reason = null;
        String record = null;
        Instant time = null;
        try (JsonParser p = FACTORY.createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("a dead letter must be a JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                switch (name) {
                    case "id" -> id = text(p, name);
                    case "source" -> source = text(p, name);
                    case "target" -> target = text(p, name);
                    case "origin" -> origin = text(p, name);
                    case "reason" -> reason = text(p, name);
                    case "record" -> record = text(p, name);
                    case "time" -> {
                        String t = text(p, name);
                        try {
                            time = Instant.parse(t);
                        } catch (DateTimeParseException e) {
                            throw new IllegalArgumentException("'time' is not an ISO-8601 instant: " + t);
                        }
                    }
                    default -> p.skipChildren();
                }
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("not a valid dead letter: "
                    + (e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage()), e);
        }
        require(source, "source");
        require(reason, "reason");
        require(record, "record");
        require(time, "time");
        return new DeadLetter(id, source, target, origin, reason, record, time);
    }

    private static String text(JsonParser p, String field) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw new IllegalArgumentException("'" + field + "' must be a string");
        }
        return p.getText();
    }

    private static void require(Object value, String field) {
        if (value == null) {
            throw new IllegalArgumentException("dead letter without '" + field + "'");
        }
    }
}
