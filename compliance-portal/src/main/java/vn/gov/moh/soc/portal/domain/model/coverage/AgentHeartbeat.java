package vn.gov.moh.soc.portal.domain.model.coverage;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * What an agent last said of itself on {@code soc.agent.heartbeat} (agents' {@code ship.Heartbeat}).
 *
 * @param agentId       the agent's id, the record's key
 * @param unit          the unit the agent is configured for, as written (it need not be a known unit)
 * @param hostName      the host the agent runs on, as it names itself (a name or an address)
 * @param agentVersion  the agent's version
 * @param agentStarted  when the agent process started; null when not given
 * @param seenAt        when the heartbeat was sent, never later than when the portal read it (a host
 *                      clock ahead of ours would otherwise keep it fresh for ever)
 * @param lagBytes      bytes the inputs have not read yet, summed over the inputs
 * @param spoolBytes    bytes in the spool not yet in Kafka
 * @param spoolFull     the spool is full: the inputs wait (back-pressure)
 * @param kafkaConnected whether the agent's sender reaches Kafka
 * @param counters      the agent's totals since its start
 * @param inputs        each input's state
 * @param source        the record it came from: {@code topic/partition/offset}
 */
public record AgentHeartbeat(String agentId, String unit, String hostName, String agentVersion, Instant agentStarted,
                             Instant seenAt, long lagBytes, long spoolBytes, boolean spoolFull, boolean kafkaConnected,
                             Counters counters, List<InputState> inputs, String source) {
    public AgentHeartbeat {
        Objects.requireNonNull(agentId, "agent id");
        Objects.requireNonNull(hostName, "host name");
        Objects.requireNonNull(seenAt, "seen at");
        Objects.requireNonNull(counters, "counters");
        inputs = inputs == null ? List.of() : List.copyOf(inputs);
        // Milliseconds: what both databases keep, so a heartbeat read back compares equal to itself.
        seenAt = seenAt.truncatedTo(ChronoUnit.MILLIS);
        agentStarted = agentStarted == null ? null : agentStarted.truncatedTo(ChronoUnit.MILLIS);
    }

    /** The agent's totals since it started. */
    public record Counters(long read, long sent, long flagged, long sendFailures) {
    }

    /** One input of the agent: how far behind it is and what it read. */
    public record InputState(String name, long lagBytes, long read, long flagged, long errors) {
    }

    /** Whether this heartbeat is newer than the other one (the store keeps the newest per agent). */
    public boolean newerThan(AgentHeartbeat other) {
        return other == null || seenAt.isAfter(other.seenAt);
    }
}
