package vn.gov.moh.soc.core.envelope;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One raw record as shipped by an agent to {@code soc.raw} (Kafka key: {@link #host}).
 *
 * @param agentId the agent's id, unique in the deployment
 * @param unit the code of the unit (hospital, department of health) the record belongs to
 * @param host the host the line was logged on: the agent's own host for files, the sender for syslog
 * @param input the name of the input in the agent's configuration ({@code nginx-access}, {@code syslog-udp})
 * @param format how the normalizer should read the line: {@code syslog}, {@code access-log},
 *     {@code jsonl}, {@code evtx-json} or {@code auto}
 * @param source where in the input the line was: a file path, or the peer address of a syslog sender
 * @param offset a position unique within the input: the byte offset of the line in its file (for
 *     files, the id of the file and its offset together), or a sequence number for network inputs
 * @param receivedAt when the agent read the line
 * @param line the line, decoded as UTF-8 (with replacement characters when invalid)
 * @param originalBytes the size of the line as read, in bytes, before any cut
 * @param flags what was wrong with the line
 */
public record Envelope(String agentId, String unit, String host, String input, String format, String source,
        String offset, Instant receivedAt, String line, long originalBytes, Set<Flag> flags) {

    public Envelope {
        Objects.requireNonNull(agentId, "agentId");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(offset, "offset");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(line, "line");
        flags = flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
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
}
