package vn.gov.moh.soc.core.naming;

import java.time.Duration;
import java.util.Map;

/**
 * The Kafka topics of the platform and how each must be configured.
 *
 * <p>Data topics keep records for a fixed time measured from the time the broker appended
 * them ({@code message.timestamp.type=LogAppendTime}): agents replaying old log files would
 * otherwise see their records deleted at once, because Kafka measures retention from the
 * record timestamp. Compacted topics keep the latest record per key forever; they are the
 * state that late joiners (a restarted Flink job, a new portal instance) read from the start.
 */
public enum Topic {
    /** Agent envelopes: one raw log line each, keyed by host. */
    RAW("soc.raw", Kind.DATA, 3),
    /** Normalized events in Elastic Common Schema JSON. */
    EVENTS("soc.events", Kind.DATA, 3),
    /** Alerts raised by the detection job. */
    ALERTS("soc.alerts", Kind.DATA, 3),
    /** Records that could not be parsed or indexed, with the reason. */
    DLQ("soc.dlq", Kind.DATA, 1),
    /** Detection rules, keyed by rule id; a tombstone or a disabled record withdraws one. */
    RULES("soc.rules", Kind.COMPACTED, 1),
    /** Asset inventory (hosts, address ranges, information systems), keyed by asset id. */
    ASSETS("soc.assets", Kind.COMPACTED, 1),
    /** Agent heartbeats: what each agent reads and how far behind it is. */
    AGENT_HEARTBEAT("soc.agent.heartbeat", Kind.DATA, 1);

    /** How long data topics keep records: long enough to re-run the pipeline after an outage. */
    public static final Duration DATA_RETENTION = Duration.ofDays(7);

    private final String baseName;
    private final Kind kind;
    private final int defaultPartitions;

    Topic(String baseName, Kind kind, int defaultPartitions) {
        this.baseName = baseName;
        this.kind = kind;
        this.defaultPartitions = defaultPartitions;
    }

    /** The topic name without a namespace, as written in the architecture. */
    public String baseName() {
        return baseName;
    }

    public boolean compacted() {
        return kind == Kind.COMPACTED;
    }

    public int defaultPartitions() {
        return defaultPartitions;
    }

    /**
     * Largest record a data topic takes (and producers must allow): an envelope carries a line of
     * up to 2 MiB, which JSON escaping can make several times larger.
     */
    public static final int MAX_RECORD_BYTES = 16 * 1024 * 1024;

    /** Topic-level configuration to create the topic with. */
    public Map<String, String> config() {
        if (compacted()) {
            return Map.of("cleanup.policy", "compact", "min.compaction.lag.ms", "0");
        }
        return Map.of(
                "cleanup.policy", "delete",
                "retention.ms", Long.toString(DATA_RETENTION.toMillis()),
                "message.timestamp.type", "LogAppendTime",
                "max.message.bytes", Integer.toString(MAX_RECORD_BYTES));
    }

    private enum Kind { DATA, COMPACTED }
}
