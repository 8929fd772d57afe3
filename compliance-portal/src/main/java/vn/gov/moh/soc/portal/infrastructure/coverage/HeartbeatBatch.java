package vn.gov.moh.soc.portal.infrastructure.coverage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import vn.gov.moh.soc.portal.domain.model.coverage.AgentHeartbeat;
import vn.gov.moh.soc.portal.infrastructure.coverage.HeartbeatReader.MalformedHeartbeatException;

/**
 * The records of one poll read into heartbeats: the newest per agent (a portal catching up on a
 * day of heartbeats writes each agent once per poll, not once per record), and the records that
 * are not heartbeats with the reason, named {@code topic/partition/offset}.
 */
public final class HeartbeatBatch {
    /** A record skipped, and why. */
    public record Skipped(String record, String key, String reason) {
        @Override
        public String toString() {
            return "record " + record + (key == null ? "" : " (key '" + key + "')") + ": " + reason;
        }
    }

    private final Map<String, AgentHeartbeat> newest = new LinkedHashMap<>();
    private final List<Skipped> skipped = new ArrayList<>();

    private HeartbeatBatch() {
    }

    public static HeartbeatBatch of(Iterable<ConsumerRecord<String, byte[]>> records, Instant now) {
        HeartbeatBatch batch = new HeartbeatBatch();
        for (ConsumerRecord<String, byte[]> r : records) {
            String source = r.topic() + "/" + r.partition() + "/" + r.offset();
            try {
                AgentHeartbeat h = HeartbeatReader.read(r.key(), r.value(), now, source);
                batch.newest.merge(h.agentId(), h, (old, fresh) -> fresh.newerThan(old) ? fresh : old);
            } catch (MalformedHeartbeatException e) {
                batch.skipped.add(new Skipped(source, r.key(), e.getMessage()));
            }
        }
        return batch;
    }

    public Collection<AgentHeartbeat> heartbeats() {
        return newest.values();
    }

    public List<Skipped> skipped() {
        return List.copyOf(skipped);
    }
}
