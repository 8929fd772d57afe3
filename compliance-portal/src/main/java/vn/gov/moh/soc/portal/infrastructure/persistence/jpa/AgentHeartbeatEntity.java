package vn.gov.moh.soc.portal.infrastructure.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import vn.gov.moh.soc.portal.domain.model.coverage.AgentHeartbeat;
import vn.gov.moh.soc.portal.infrastructure.json.CoverageJson;

/** A row of {@code agent_heartbeat} (migration V50). */
@Entity
@Table(name = "agent_heartbeat")
public class AgentHeartbeatEntity {
    @Id
    @Column(name = "agent_id")
    String agentId;
    @Column(name = "unit_id")
    String unitId;
    @Column(name = "host_name", nullable = false)
    String hostName;
    @Column(name = "agent_version")
    String agentVersion;
    @Column(name = "agent_started")
    OffsetDateTime agentStarted;
    @Column(name = "seen_at", nullable = false)
    OffsetDateTime seenAt;
    @Column(name = "lag_bytes", nullable = false)
    long lagBytes;
    @Column(name = "spool_bytes", nullable = false)
    long spoolBytes;
    @Column(name = "spool_full", nullable = false)
    boolean spoolFull;
    @Column(name = "kafka_connected", nullable = false)
    boolean kafkaConnected;
    @Column(name = "read_count", nullable = false)
    long readCount;
    @Column(name = "sent_count", nullable = false)
    long sentCount;
    @Column(name = "flagged_count", nullable = false)
    long flaggedCount;
    @Column(name = "send_failures", nullable = false)
    long sendFailures;
    @Column(nullable = false)
    String inputs;
    @Column(name = "source_record", nullable = false)
    String sourceRecord;

    /** Changes go through here: EclipseLink's woven change tracking sees only the entity's own writes. */
    void set(AgentHeartbeat h) {
        agentId = h.agentId();
        unitId = h.unit();
        hostName = h.hostName();
        agentVersion = h.agentVersion();
        agentStarted = h.agentStarted() == null ? null : h.agentStarted().atOffset(ZoneOffset.UTC);
        seenAt = h.seenAt().atOffset(ZoneOffset.UTC);
        lagBytes = h.lagBytes();
        spoolBytes = h.spoolBytes();
        spoolFull = h.spoolFull();
        kafkaConnected = h.kafkaConnected();
        readCount = h.counters().read();
        sentCount = h.counters().sent();
        flaggedCount = h.counters().flagged();
        sendFailures = h.counters().sendFailures();
        inputs = CoverageJson.inputs(h.inputs());
        sourceRecord = h.source();
    }

    AgentHeartbeat toDomain() {
        return new AgentHeartbeat(agentId, unitId, hostName, agentVersion, agentStarted == null ? null : agentStarted.toInstant(),
                seenAt.toInstant(), lagBytes, spoolBytes, spoolFull, kafkaConnected,
                new AgentHeartbeat.Counters(readCount, sentCount, flaggedCount, sendFailures), CoverageJson.inputs(inputs),
                sourceRecord);
    }
}
