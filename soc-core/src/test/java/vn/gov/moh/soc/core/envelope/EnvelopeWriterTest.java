package vn.gov.moh.soc.core.envelope;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The writer's bytes are exactly those of Jackson's generator writing the same fields in the
 * same order (the reference below), whatever the line holds and however the writer is reused.
 */
class EnvelopeWriterTest {
    private static final JsonFactory JSON = new JsonFactory();

    /** The envelope written field by field with Jackson's streaming generator. */
    private static byte[] reference(Envelope e) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeStringField("id", e.id());
            g.writeObjectFieldStart("agent");
            g.writeStringField("id", e.agentId());
            g.writeEndObject();
            g.writeStringField("unit", e.unit());
            g.writeStringField("host", e.host());
            g.writeStringField("input", e.input());
            g.writeStringField("format", e.format());
            if (e.drill() != null) {
                g.writeStringField("drill", e.drill());
            }
            if (e.source() != null) {
                g.writeStringField("source", e.source());
            }
            g.writeStringField("offset", e.offset());
            g.writeStringField("received", e.receivedAt().toString());
            g.writeFieldName("line");
            byte[] line = e.lineUtf8();
            g.writeUTF8String(line, 0, line.length);
            g.writeNumberField("original_bytes", e.originalBytes());
            if (!e.flags().isEmpty()) {
                g.writeArrayFieldStart("flags");
                for (Flag f : EnumSet.copyOf(e.flags())) {
                    g.writeString(f.jsonName());
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return out.toByteArray();
    }

    private static Envelope envelope(byte[] line, Instant received, Set<Flag> flags) {
        return Envelope.ofUtf8("agent-1", "bv-bach-mai", "his-web-01", "nginx", "access-log", "/var/log/nginx/access.log",
                "7f3a-12.0." + line.length, received, line, line.length, flags);
    }

    private static void assertSameAsJackson(EnvelopeWriter writer, Envelope e) {
        int n = writer.write(e);
        assertThat(new String(Arrays.copyOf(writer.buffer(), n), StandardCharsets.UTF_8))
                .isEqualTo(new String(reference(e), StandardCharsets.UTF_8));
    }

    @Test
    void everyAsciiByteIsWrittenAsJacksonWritesIt() {
        EnvelopeWriter writer = new EnvelopeWriter();
        for (int b = 0; b < 128; b++) {
            // The byte alone, and at every place of an eight-byte word among plain letters.
            assertSameAsJackson(writer, envelope(new byte[] {(byte) b}, Instant.EPOCH, Set.of()));
            for (int at = 0; at < 17; at++) {
                byte[] line = "abcdefghijklmnopq".getBytes(StandardCharsets.US_ASCII);
                line[at] = (byte) b;
                assertSameAsJackson(writer, envelope(line, Instant.EPOCH, Set.of()));
            }
        }
    }

    @Test
    void randomLinesOfTextJsonAndControlsMatchJackson() {
        Random random = new Random(42);
        String[] pieces = {"GET /fhir/Patient?id=", "\"", "\\", "\t", "\n", "\r", "\u0000", "\u001f", "\u007f", "Nguyễn Văn An",
            "😀", "{\"EventID\":4625,\"Message\":\"Đăng nhập thất bại\"}", " ", "0123456789", "\uFFFD", "é"};
        EnvelopeWriter writer = new EnvelopeWriter();
        for (int i = 0; i < 3000; i++) {
            StringBuilder s = new StringBuilder();
            int parts = random.nextInt(40);
            for (int k = 0; k < parts; k++) {
                s.append(pieces[random.nextInt(pieces.length)]);
            }
            assertSameAsJackson(writer, envelope(s.toString().getBytes(StandardCharsets.UTF_8), Instant.EPOCH, Set.of()));
        }
    }

    @Test
    void receivedTimesOfEveryPrecisionMatchInstantToString() {
        EnvelopeWriter writer = new EnvelopeWriter();
        byte[] line = "x".getBytes(StandardCharsets.UTF_8);
        for (String t : List.of("2026-11-21T03:00:00Z", "2026-11-21T03:00:00.100Z", "2026-11-21T03:00:00.123456Z",
                "2026-11-21T03:00:00.000000001Z", "2026-11-21T03:00:01.5Z", "1970-01-01T00:00:00Z", "2000-02-29T23:59:59.999Z",
                "9999-12-31T23:59:59.999999999Z", "+10000-01-01T00:00:00Z", "1969-12-31T23:59:59.5Z")) {
            assertSameAsJackson(writer, envelope(line, Instant.parse(t), Set.of()));
        }
        Random random = new Random(7);
        for (int i = 0; i < 2000; i++) {
            Instant t = Instant.ofEpochSecond(random.nextInt(2_000_000_000), random.nextInt(4) == 0 ? 0 : random.nextInt(1_000_000_000));
            assertSameAsJackson(writer, envelope(line, t, Set.of()));
        }
    }

    @Test
    void flagsAndChangingSharedFieldsMatchJackson() {
        EnvelopeWriter writer = new EnvelopeWriter();
        Instant t = Instant.parse("2026-11-21T03:00:00.123Z");
        byte[] line = "Failed password for root".getBytes(StandardCharsets.UTF_8);
        assertSameAsJackson(writer, envelope(line, t, EnumSet.allOf(Flag.class)));
        assertSameAsJackson(writer, envelope(line, t, Set.of(Flag.INVALID_JSON, Flag.TRUNCATED)));
        // Another host, a source with characters to escape, no source, a negative size: the
        // shared part is encoded again each time.
        for (Envelope e : List.of(
                Envelope.ofUtf8("agent-1", "bv-bach-mai", "10.0.0.7", "syslog-udp", "syslog", "udp://10.0.0.7:514", "1.1",
                        t, line, line.length, Set.of(Flag.UNPARSED_SYSLOG)),
                Envelope.ofUtf8("agent-1", "bv-bach-mai", "máy-chủ \"1\"", "files", "auto", "C:\\logs\\a\tb.log", "ofs\u0001é",
                        t, line, 7, Set.of()),
                new Envelope("agent-2", "syt-ha-noi", "h", "stdin", "auto", null, "9.0", t, "text line", -1, Set.of()),
                // a drill's input, then the same input unmarked: the mark is part of the shared header
                envelope(line, t, Set.of()).withDrill("drill-7"),
                envelope(line, t, Set.of()))) {
            assertSameAsJackson(writer, e);
            assertThat(writer.hostUtf8()).isEqualTo(e.host().getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void aLargeLineGrowsTheBufferAndReleaseShrinksIt() {
        EnvelopeWriter writer = new EnvelopeWriter();
        byte[] line = new byte[3 * 1024 * 1024];
        Arrays.fill(line, (byte) '"');
        assertSameAsJackson(writer, envelope(line, Instant.EPOCH, Set.of(Flag.TRUNCATED)));
        writer.release();
        assertThat(writer.buffer().length).isLessThanOrEqualTo(256 * 1024);
        assertSameAsJackson(writer, envelope("after".getBytes(StandardCharsets.UTF_8), Instant.EPOCH, Set.of()));
    }

    @Test
    void writtenEnvelopesReadBack() {
        Envelope e = envelope("10.0.0.1 - - \"GET / HTTP/1.1\" 200 1 \uFFFD".getBytes(StandardCharsets.UTF_8),
                Instant.parse("2026-11-21T03:00:00.123456Z"), Set.of(Flag.BINARY));
        assertThat(EnvelopeJson.read(EnvelopeJson.write(e))).isEqualTo(e);
    }
}
