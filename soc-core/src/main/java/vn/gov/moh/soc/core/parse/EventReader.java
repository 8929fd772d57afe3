package vn.gov.moh.soc.core.parse;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import vn.gov.moh.soc.core.event.Event;
import vn.gov.moh.soc.core.event.EventJson;

/**
 * Reads a file or stream of log records into events, one record at a time, reporting each record
 * that cannot be parsed (with its position and the reason) instead of stopping: bad input never
 * loses the good records around it. Invalid UTF-8 is replaced (U+FFFD) and the event flagged
 * {@code soc.flags: invalid_utf8}; lines longer than {@link #MAX_LINE} characters are rejected.
 */
public final class EventReader {
    /** Longest line accepted, in characters. */
    public static final int MAX_LINE = 1024 * 1024;

    /** A record that could not be turned into an event. */
    public record Rejected(long position, String reason, String record) {
    }

    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(EventJson.MAX_DEPTH).maxStringLength(EventJson.MAX_STRING).build())
            .build());

    private final SyslogParser syslog;
    private final AccessLogParser access = new AccessLogParser();
    private final IisLogParser iis = new IisLogParser();
    /** W3C extended log directives: metadata of the file, not records. */
    private static final java.util.regex.Pattern W3C_DIRECTIVE = java.util.regex.Pattern.compile(
            "^#(Software|Version|Date|Fields|Remark|Start-Date|End-Date):.*");
    private final EvtxJsonParser evtx;

    private final FhirAuditEventParser audit = new FhirAuditEventParser();
    private final EcsJsonParser ecs;

    public EventReader(SyslogParser syslog, EvtxJsonParser evtx) {
        this.syslog = syslog;
        this.evtx = evtx;
        this.ecs = new EcsJsonParser(this::textLineOrNull, evtx);
    }

    public EventReader() {
        this(new SyslogParser(), new EvtxJsonParser());
    }

    /**
     * Reads every record of the stream.
     *
     * @param events   receives each event
     * @param rejected receives each record that could not be parsed
     */
    public void read(InputStream in, InputFormat format, Consumer<Event> events, Consumer<Rejected> rejected)
            throws IOException {
        java.io.BufferedInputStream input = new java.io.BufferedInputStream(in, 1 << 16);
        InputFormat actual = format == InputFormat.AUTO ? detect(input) : format;
        if (actual == InputFormat.EVTX_JSON) {
            readConcatenatedJson(input, events, rejected);
        } else {
            readLines(input, actual, events, rejected);
        }
    }

    /**
     * JSON whose first line is a whole object is JSON lines; JSON spread over lines is a
     * concatenated evtx-JSON export; anything else is text lines, format decided per line.
     */
    private static InputFormat detect(java.io.BufferedInputStream in) throws IOException {
        in.mark(MAX_LINE + 1);
        java.io.ByteArrayOutputStream first = new java.io.ByteArrayOutputStream();
        int c;
        boolean started = false;
        while ((c = in.read()) >= 0 && first.size() <= MAX_LINE) {
            if (!started && (c == ' ' || c == '\n' || c == '\r' || c == '\t')) {
                continue;
            }
            started = true;
            if (c == '\n') {
                break;
            }
            first.write(c);
        }
        in.reset();
        String line = first.toString(StandardCharsets.UTF_8).strip();
        if (line.startsWith("\uFEFF")) {
            line = line.substring(1);
        }
        if (!line.startsWith("{")) {
            return InputFormat.AUTO;
        }
        try {
            return JSON.readTree(line).isObject() ? InputFormat.JSONL : InputFormat.EVTX_JSON;
        } catch (IOException e) {
            return InputFormat.EVTX_JSON;
        }
    }

    private void readConcatenatedJson(InputStream in, Consumer<Event> events, Consumer<Rejected> rejected) {
        long n = 0;
        try (MappingIterator<JsonNode> it = JSON.readerFor(JsonNode.class).readValues(in)) {
            while (it.hasNextValue()) {
                n++;
                JsonNode node = it.nextValue();
                try {
                    events.accept(fromJson(node));
                } catch (ParseException | IllegalArgumentException e) {
                    rejected.accept(new Rejected(n, e.getMessage(), abbreviate(node.toString())));
                }
            }
        } catch (IOException | RuntimeException e) {
            // Malformed JSON ends a concatenated stream: nothing after it can be framed reliably.
            rejected.accept(new Rejected(n + 1, "malformed JSON: " + firstLine(e.getMessage()), ""));
        }
    }

    private Event fromJson(JsonNode node) {
        if (!node.isObject()) {
            throw new ParseException("a JSON record must be an object, not " + node.getNodeType().name().toLowerCase(
                    java.util.Locale.ROOT));
        }
        if (node.has("Event") || node.has("System")) {
            return evtx.parse(node);
        }
        if (FhirAuditEventParser.accepts(node)) {
            return audit.parse(node);
        }
        if (EcsJsonParser.accepts(node)) {
            return ecs.parse(node);
        }
        return EventJson.read(node.toString());
    }

    /** A raw syslog or access-log line inside a shipper's JSON, or null for any other text. */
    private Event textLineOrNull(String line) {
        try {
            Event event = syslog.parseIfSyslog(line);
            return event != null ? event : access.parseIfAccessLog(line);
        } catch (ParseException e) {
            // A line that looks like syslog but is not valid stays the shipper's message as it came.
        }
        return null;
    }

    private void readLines(InputStream in, InputFormat format, Consumer<Event> events, Consumer<Rejected> rejected)
            throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder), 1 << 16);
        StringBuilder line = new StringBuilder();
        long number = 0;
        java.util.List<String> w3cFields = null;
        while (true) {
            line.setLength(0);
            boolean tooLong = false;
            int c;
            while ((c = reader.read()) >= 0 && c != '\n') {
                if (line.length() < MAX_LINE) {
                    line.append((char) c);
                } else {
                    tooLong = true;
                }
            }
            if (c < 0 && line.length() == 0 && !tooLong) {
                return;
            }
            number++;
            int end = line.length();
            if (end > 0 && line.charAt(end - 1) == '\r') {
                line.setLength(end - 1);
            }
            String text = line.toString();
            if (tooLong) {
                rejected.accept(new Rejected(number, "line longer than " + MAX_LINE + " characters", abbreviate(text)));
            } else if ((format == InputFormat.AUTO || format == InputFormat.IIS) && W3C_DIRECTIVE.matcher(text).matches()) {
                if (text.startsWith("#Fields:")) {
                    w3cFields = java.util.List.of(text.substring(8).strip().split(" +"));
                }
            } else if (!text.isBlank()) {
                try {
                    Event e = w3cFields != null && (format == InputFormat.IIS || format == InputFormat.AUTO)
                            && iis.accepts(text, w3cFields) ? iis.parse(text, w3cFields) : parseLine(text, format);
                    if (text.indexOf('\uFFFD') >= 0) {
                        e.put("soc.flags", java.util.List.of("invalid_utf8"));
                    }
                    events.accept(e);
                } catch (ParseException | IllegalArgumentException e) {
                    rejected.accept(new Rejected(number, e.getMessage(), abbreviate(text)));
                }
            }
            if (c < 0) {
                return;
            }
        }
    }

    /**
     * Parses one text line in the given format ({@code AUTO} tries JSON, syslog, access log, then IIS;
     * a JSON object is a Windows event, a FHIR AuditEvent, an ECS event or, failing those, any
     * object taken field by field).
     */
    public Event parseLine(String line, InputFormat format) {
        return switch (format) {
            case JSONL, EVTX_JSON -> jsonLine(line);
            case ECS_JSON -> ecs.parse(jsonTree(line));
            case SYSLOG -> syslog.parse(line);
            case ACCESS_LOG -> access.parse(line);
            case IIS -> iis.parse(line);
            case AUTO -> {
                String t = line.stripLeading();
                if (t.startsWith("{")) {
                    yield jsonLine(t);
                }
                Event e = syslog.parseIfSyslog(line);
                if (e == null) {
                    e = access.parseIfAccessLog(line);
                }
                if (e != null) {
                    yield e;
                }
                if (iis.accepts(line)) {
                    yield iis.parse(line);
                }
                throw new ParseException("neither JSON, syslog, an access-log nor an IIS line");
            }
        };
    }

    private Event jsonLine(String line) {
        return fromJson(jsonTree(line));
    }

    private static JsonNode jsonTree(String line) {
        try {
            return JSON.readTree(line);
        } catch (com.fasterxml.jackson.core.exc.StreamConstraintsException e) {
            throw new ParseException("JSON over the limits (nesting depth " + EventJson.MAX_DEPTH + ", string "
                    + EventJson.MAX_STRING + " characters): " + firstLine(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new ParseException("malformed JSON: " + firstLine(e.getMessage()));
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 200 ? s : s.substring(0, 200) + "…";
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
