package vn.gov.moh.soc.core.envelope;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import vn.gov.moh.soc.core.time.UtcInstants;

/**
 * JSON form of an {@link Envelope} on {@code soc.raw}:
 * <pre>{"id":"agent-1:nginx:7f3a.1024","agent":{"id":"agent-1"},"unit":"bv-bach-mai","host":"his-web-01",
 * "input":"nginx","format":"access-log","source":"/var/log/nginx/access.log","offset":"7f3a.1024",
 * "received":"2026-11-21T03:00:00.123Z","line":"...","original_bytes":123,"flags":["truncated"]}</pre>
 * Drill telemetry has {@code "drill":"ID"} after {@code format} ({@link Envelope#drill()}); real
 * records have no such field.
 * Written by {@link EnvelopeWriter} (the bytes of Jackson's generator, faster); read with
 * Jackson's streaming parser under the limits of the event codec, so a hostile record fails with
 * a clear error.
 */
public final class EnvelopeJson {
    /** Longest line accepted when reading (characters): above any agent's maximum line size. */
    public static final int MAX_LINE = 64 * 1024 * 1024;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(8).maxStringLength(MAX_LINE).build())
            .build();

    private EnvelopeJson() {
    }

    /** The envelope's JSON (see {@link EnvelopeWriter}, which agents keep per thread to write many). */
    public static byte[] write(Envelope e) {
        EnvelopeWriter writer = new EnvelopeWriter();
        int length = writer.write(e);
        return Arrays.copyOf(writer.buffer(), length);
    }

    /**
     * Reads an envelope.
     *
     * @throws IllegalArgumentException naming what is wrong: not JSON, a field missing or of the
     *     wrong type, an unknown flag, a bad time
     */
    public static Envelope read(byte[] json) {
        String agentId = null;
        String unit = null;
        String host = null;
        String input = null;
        String format = null;
        String source = null;
        String offset = null;
        Instant received = null;
        String line = null;
        long originalBytes = -1;
        String drill = null;
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        try (JsonParser p = FACTORY.createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("an envelope must be a JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken t = p.nextToken();
                switch (name) {
                    case "agent" -> {
                        if (t != JsonToken.START_OBJECT) {
                            throw new IllegalArgumentException("'agent' must be an object");
                        }
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            String inner = p.currentName();
                            p.nextToken();
                            if (inner.equals("id")) {
                                agentId = text(p, "agent.id");
                            } else {
                                p.skipChildren();
                            }
                        }
                    }
                    case "unit" -> unit = text(p, name);
                    case "host" -> host = text(p, name);
                    case "input" -> input = text(p, name);
                    case "format" -> format = text(p, name);
                    case "source" -> source = text(p, name);
                    case "offset" -> offset = text(p, name);
                    case "received" -> received = instant(text(p, name));
                    case "line" -> line = text(p, name);
                    case "drill" -> drill = text(p, name);
                    case "original_bytes" -> {
                        if (t != JsonToken.VALUE_NUMBER_INT) {
                            throw new IllegalArgumentException("'original_bytes' must be an integer");
                        }
                        originalBytes = p.getLongValue();
                    }
                    case "flags" -> {
                        if (t != JsonToken.START_ARRAY) {
                            throw new IllegalArgumentException("'flags' must be an array");
                        }
                        while (p.nextToken() != JsonToken.END_ARRAY) {
                            String f = text(p, "flags[]");
                            try {
                                flags.add(Flag.ofJsonName(f));
                            } catch (IllegalArgumentException ex) {
                                throw new IllegalArgumentException("unknown flag '" + f + "'");
                            }
                        }
                    }
                    default -> p.skipChildren();
                }
            }
        } catch (IOException ex) {
            throw new IllegalArgumentException("not a valid envelope: " + (ex instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage() : ex.getMessage()), ex);
        }
        require(agentId, "agent.id");
        require(unit, "unit");
        require(host, "host");
        require(input, "input");
        require(offset, "offset");
        require(received, "received");
        require(line, "line");
        Envelope envelope = new Envelope(agentId, unit, host, input, format == null ? "auto" : format, source, offset,
                received, line, originalBytes < 0 ? line.length() : originalBytes, flags);
        if (drill == null) {
            return envelope;
        }
        try {
            return envelope.withDrill(drill);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'drill': " + e.getMessage());
        }
    }

    private static String text(JsonParser p, String field) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw new IllegalArgumentException("'" + field + "' must be a string");
        }
        return p.getText();
    }

    private static Instant instant(String text) {
        try {
            return UtcInstants.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'received' is not an ISO-8601 instant: " + text);
        }
    }

    private static void require(Object value, String field) {
        if (value == null) {
            throw new IllegalArgumentException("envelope without '" + field + "'");
        }
    }
}
