package vn.gov.moh.soc.core.envelope;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import vn.gov.moh.soc.core.event.DrillMark;

/**
 * One raw record as shipped by an agent to {@code soc.raw} (Kafka key: {@link #host}). The line
 * is held as text or as UTF-8 bytes, whichever it was made from (an agent reading files has the
 * bytes and need not decode them), and given as the other on demand.
 *
 * <ul>
 * <li>{@code agentId}: the agent's id, unique in the deployment;
 * <li>{@code unit}: the code of the unit (hospital, department of health) the record belongs to;
 * <li>{@code host}: the host the line was logged on: the agent's own host for files, the sender for syslog;
 * <li>{@code input}: the name of the input in the agent's configuration ({@code nginx-access}, {@code syslog-udp});
 * <li>{@code format}: how the normalizer should read the line: {@code syslog}, {@code access-log},
 *     {@code jsonl}, {@code evtx-json} or {@code auto};
 * <li>{@code source}: where in the input the line was: a file path, or the peer address of a syslog sender;
 * <li>{@code offset}: a position unique within the input: the byte offset of the line in its file (for
 *     files, the id of the file and its offset together), or a sequence number for network inputs;
 * <li>{@code receivedAt}: when the agent read the line;
 * <li>{@code line}: the line, decoded as UTF-8 (with replacement characters when invalid);
 * <li>{@code originalBytes}: the size of the line as read, in bytes, before any cut;
 * <li>{@code flags}: what was wrong with the line;
 * <li>{@code drill}: the id of the drill whose synthetic telemetry this is ({@link DrillMark}), null
 *     for every real record.
 * </ul>
 */
public final class Envelope {
    private final String agentId;
    private final String unit;
    private final String host;
    private final String input;
    private final String format;
    private final String source;
    private final String offset;
    private final Instant receivedAt;
    private volatile String line;
    private volatile byte[] lineUtf8;
    private final long originalBytes;
    private final Set<Flag> flags;
    private final String drill;

    private Envelope(String agentId, String unit, String host, String input, String format, String source, String offset,
            Instant receivedAt, String line, byte[] lineUtf8, long originalBytes, Set<Flag> flags, String drill) {
        this.agentId = Objects.requireNonNull(agentId, "agentId");
        this.unit = Objects.requireNonNull(unit, "unit");
        this.host = Objects.requireNonNull(host, "host");
        this.input = Objects.requireNonNull(input, "input");
        this.format = Objects.requireNonNull(format, "format");
        this.source = source;
        this.offset = Objects.requireNonNull(offset, "offset");
        this.receivedAt = Objects.requireNonNull(receivedAt, "receivedAt");
        if (line == null && lineUtf8 == null) {
            throw new NullPointerException("line");
        }
        this.line = line;
        this.lineUtf8 = lineUtf8;
        this.originalBytes = originalBytes;
        this.flags = flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
        this.drill = drill == null ? null : DrillMark.check(drill);
    }

    public Envelope(String agentId, String unit, String host, String input, String format, String source, String offset,
            Instant receivedAt, String line, long originalBytes, Set<Flag> flags) {
        this(agentId, unit, host, input, format, source, offset, receivedAt, Objects.requireNonNull(line, "line"), null,
                originalBytes, flags, null);
    }

    /** An envelope whose line is given as bytes, which must be valid UTF-8 (the caller has checked). */
    public static Envelope ofUtf8(String agentId, String unit, String host, String input, String format, String source,
            String offset, Instant receivedAt, byte[] lineUtf8, long originalBytes, Set<Flag> flags) {
        return new Envelope(agentId, unit, host, input, format, source, offset, receivedAt, null,
                Objects.requireNonNull(lineUtf8, "line"), originalBytes, flags, null);
    }

    /**
     * This envelope marked as telemetry of the drill {@code drillId} (null: unmarked).
     *
     * @throws IllegalArgumentException when the id is not a valid drill id
     */
    public Envelope withDrill(String drillId) {
        return new Envelope(agentId, unit, host, input, format, source, offset, receivedAt, line, lineUtf8, originalBytes,
                flags, drillId);
    }

    public String agentId() {
        return agentId;
    }

    public String unit() {
        return unit;
    }

    public String host() {
        return host;
    }

    public String input() {
        return input;
    }

    public String format() {
        return format;
    }

    public String source() {
        return source;
    }

    public String offset() {
        return offset;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public String line() {
        String s = line;
        if (s == null) {
            s = new String(lineUtf8, StandardCharsets.UTF_8);
            line = s;
        }
        return s;
    }

    /** The line as UTF-8 bytes; do not modify the array. */
    public byte[] lineUtf8() {
        byte[] b = lineUtf8;
        if (b == null) {
            b = line.getBytes(StandardCharsets.UTF_8);
            lineUtf8 = b;
        }
        return b;
    }

    public long originalBytes() {
        return originalBytes;
    }

    public Set<Flag> flags() {
        return flags;
    }

    /** The drill id of synthetic drill telemetry, null for a real record. */
    public String drill() {
        return drill;
    }

    /**
     * The stable id of the record: the same line read again after a restart or a replay gets the
     * same id, so downstream stores can drop the duplicate.
     */
    public String id() {
        return agentId + ':' + input + ':' + offset;
    }

    public boolean has(Flag flag) {
        return flags.contains(flag);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Envelope e && agentId.equals(e.agentId) && unit.equals(e.unit) && host.equals(e.host)
                && input.equals(e.input) && format.equals(e.format) && Objects.equals(source, e.source)
                && offset.equals(e.offset) && receivedAt.equals(e.receivedAt) && originalBytes == e.originalBytes
                && flags.equals(e.flags) && Objects.equals(drill, e.drill) && Arrays.equals(lineUtf8(), e.lineUtf8());
    }

    @Override
    public int hashCode() {
        return Objects.hash(agentId, input, offset, receivedAt);
    }

    @Override
    public String toString() {
        String text = line();
        return "Envelope[id=" + id() + ", unit=" + unit + ", host=" + host + ", format=" + format + ", source=" + source
                + ", receivedAt=" + receivedAt + ", flags=" + flags + ", originalBytes=" + originalBytes
                + (drill == null ? "" : ", drill=" + drill) + ", line="
                + (text.length() > 200 ? text.substring(0, 200) + "…" : text) + "]";
    }
}
