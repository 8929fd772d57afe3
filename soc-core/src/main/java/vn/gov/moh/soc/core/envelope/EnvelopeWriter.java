package vn.gov.moh.soc.core.envelope;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import vn.gov.moh.soc.core.json.JsonEscaping;

/**
 * Writes envelopes in the JSON form of {@link EnvelopeJson} into a buffer it reuses: the writer
 * of an agent's hot path, where every line read becomes one record. What the envelopes of one
 * input share (agent, unit, host, input, format, source) is encoded once and kept while it stays
 * the same; the line is copied as runs of bytes between the few that JSON escapes; the received
 * time is formatted once a second. The bytes are those of Jackson's generator for the same
 * envelope, but for characters beyond the Basic Multilingual Plane ({@link JsonEscaping}).
 *
 * <p>Not thread-safe: one writer per thread. The buffer is valid until the next {@link #write}.
 */
public final class EnvelopeWriter {
    /** Buffers grown above this for one large line are not kept for the next. */
    private static final int KEPT_BUFFER = 256 * 1024;
    /** The last second {@link #writeInstant} can write as {@code yyyy-MM-ddTHH:mm:ss} (9999-12-31T23:59:59). */
    private static final long LAST_FOUR_DIGIT_SECOND = 253_402_300_799L;

    private byte[] buf = new byte[16 * 1024];
    private int pos;

    // The shared fields of the last envelope and their encoding.
    private String agentId;
    private String unit;
    private String host;
    private String input;
    private String format;
    private String source;
    private String drill;
    /** {@code {"id":"AGENT:INPUT:} */
    private byte[] idPrefix;
    /** {@code ","agent":{"id":"AGENT"},...,"source":"SOURCE","offset":"} */
    private byte[] middle;
    private byte[] hostUtf8;

    // The second of the last received time, written as yyyy-MM-ddTHH:mm:ss.
    private long second = Long.MIN_VALUE;
    private final byte[] secondText = new byte[19];

    /**
     * Writes the envelope's JSON into {@link #buffer()}.
     *
     * @return its length in bytes
     */
    public int write(Envelope e) {
        header(e);
        byte[] line = e.lineUtf8();
        String offset = e.offset();
        pos = 0;
        ensure(idPrefix.length + middle.length + 2 * 6 * offset.length() + JsonEscaping.room(line.length) + 256);
        put(idPrefix);
        putEscaped(offset);
        put(middle);
        putEscaped(offset);
        putAscii("\",\"received\":\"");
        writeInstant(e.receivedAt());
        putAscii("\",\"line\":\"");
        putEscaped(line, 0, line.length);
        putAscii("\",\"original_bytes\":");
        putLong(e.originalBytes());
        if (!e.flags().isEmpty()) {
            putAscii(",\"flags\":[");
            boolean first = true;
            for (Flag f : Flag.values()) { // in declaration order, as EnumSet iterates
                if (e.flags().contains(f)) {
                    if (!first) {
                        buf[pos++] = ',';
                    }
                    first = false;
                    buf[pos++] = '"';
                    putAscii(f.jsonName());
                    buf[pos++] = '"';
                }
            }
            buf[pos++] = ']';
        }
        buf[pos++] = '}';
        return pos;
    }

    /** The bytes of the last {@link #write}, from index 0 to the length it returned. */
    public byte[] buffer() {
        return buf;
    }

    /** The last envelope's host as UTF-8 (the Kafka key of {@code soc.raw}); do not modify. */
    public byte[] hostUtf8() {
        return hostUtf8;
    }

    /** Shrinks a buffer that one large line grew, so that a writer kept per thread stays small. */
    public void release() {
        if (buf.length > KEPT_BUFFER) {
            buf = new byte[16 * 1024];
        }
    }

    private void header(Envelope e) {
        if (idPrefix != null && Objects.equals(agentId, e.agentId()) && Objects.equals(unit, e.unit())
                && Objects.equals(host, e.host()) && Objects.equals(input, e.input())
                && Objects.equals(format, e.format()) && Objects.equals(source, e.source())
                && Objects.equals(drill, e.drill())) {
            return;
        }
        agentId = e.agentId();
        unit = e.unit();
        host = e.host();
        input = e.input();
        format = e.format();
        source = e.source();
        drill = e.drill();
        hostUtf8 = host.getBytes(StandardCharsets.UTF_8);
        idPrefix = ascii("{\"id\":\"", quoted(agentId), ":", quoted(input), ":");
        StringBuilder m = new StringBuilder();
        m.append("\",\"agent\":{\"id\":\"").append(quoted(agentId)).append("\"},\"unit\":\"").append(quoted(unit))
                .append("\",\"host\":\"").append(quoted(host)).append("\",\"input\":\"").append(quoted(input))
                .append("\",\"format\":\"").append(quoted(format)).append('"');
        if (drill != null) {
            m.append(",\"drill\":\"").append(quoted(drill)).append('"');
        }
        if (source != null) {
            m.append(",\"source\":\"").append(quoted(source)).append('"');
        }
        m.append(",\"offset\":\"");
        middle = m.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The JSON string content of a text, escaped by Jackson's rules, as text again. */
    private static String quoted(String s) {
        return new String(JsonStringEncoder.getInstance().quoteAsUTF8(s), StandardCharsets.UTF_8);
    }

    private static byte[] ascii(String... parts) {
        return String.join("", parts).getBytes(StandardCharsets.UTF_8);
    }

    private void ensure(int room) {
        if (buf.length - pos < room) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, pos + room));
        }
    }

    private void put(byte[] bytes) {
        System.arraycopy(bytes, 0, buf, pos, bytes.length);
        pos += bytes.length;
    }

    /** A text known to be ASCII without escapes (the fixed parts of the JSON). */
    private void putAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            buf[pos++] = (byte) s.charAt(i);
        }
    }

    private void putEscaped(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80 || JsonEscaping.needsEscape(c)) {
                // Rare (offsets are ASCII): the general way.
                byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
                putEscaped(utf8, 0, utf8.length);
                return;
            }
        }
        putAscii(s);
    }

    private void putEscaped(byte[] src, int from, int to) {
        pos = JsonEscaping.escape(src, from, to, buf, pos); // room was ensured for the worst case
    }

    private void putLong(long v) {
        if (v < 0) {
            putAscii(Long.toString(v));
            return;
        }
        int digits = 1;
        for (long t = v; t >= 10; t /= 10) {
            digits++;
        }
        int end = pos + digits;
        for (int i = end - 1; i >= pos; i--) {
            buf[i] = (byte) ('0' + v % 10);
            v /= 10;
        }
        pos = end;
    }

    /** As {@link Instant#toString()}: seconds, then 0, 3, 6 or 9 digits of fraction as the value needs. */
    private void writeInstant(Instant t) {
        long s = t.getEpochSecond();
        if (s < 0 || s > LAST_FOUR_DIGIT_SECOND) {
            putAscii(t.toString()); // years outside 0000-9999: Instant's own (rare) form
            return;
        }
        if (s != second) {
            // Once a second: yyyy-MM-ddTHH:mm:ss as Instant writes it (the part before the fraction).
            String text = Instant.ofEpochSecond(s).toString();
            for (int i = 0; i < secondText.length; i++) {
                secondText[i] = (byte) text.charAt(i);
            }
            second = s;
        }
        put(secondText);
        int nano = t.getNano();
        if (nano != 0) {
            buf[pos++] = '.';
            int digits = nano % 1_000_000 == 0 ? 3 : nano % 1000 == 0 ? 6 : 9;
            int value = digits == 3 ? nano / 1_000_000 : digits == 6 ? nano / 1000 : nano;
            for (int i = pos + digits - 1; i >= pos; i--) {
                buf[i] = (byte) ('0' + value % 10);
                value /= 10;
            }
            pos += digits;
        }
        buf[pos++] = 'Z';
    }
}
