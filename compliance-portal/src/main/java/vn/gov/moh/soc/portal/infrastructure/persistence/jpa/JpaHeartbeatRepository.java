package vn.gov.moh.soc.portal.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import vn.gov.moh.soc.portal.domain.model.coverage.AgentHeartbeat;
import vn.gov.moh.soc.portal.domain.model.coverage.HeartbeatRepository;

/**
 * The heartbeats in {@code agent_heartbeat}. The upsert is a read under a row lock, then an update
 * or an insert: neither {@code merge} nor {@code on conflict} exists on both H2 and PostgreSQL.
 * Two portals inserting the same new agent at once (only during a consumer-group rebalance: an
 * agent's records stay on one partition) make one transaction fail on the primary key; the
 * consumer then reads the batch again.
 */
@ApplicationScoped
public class JpaHeartbeatRepository implements HeartbeatRepository {
    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    /** For CDI, which injects the container's entity manager. */
    public JpaHeartbeatRepository() {
    }

    /** Outside a container (the persistence ITs), on a given entity manager. */
    JpaHeartbeatRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public boolean record(AgentHeartbeat heartbeat) {
        AgentHeartbeatEntity row = em.find(AgentHeartbeatEntity.class, heartbeat.agentId(), LockModeType.PESSIMISTIC_WRITE);
        if (row == null) {
            row = new AgentHeartbeatEntity();
            row.set(heartbeat);
            em.persist(row);
            return true;
        }
        if (!heartbeat.seenAt().isAfter(row.seenAt.toInstant())) {
            return false;
        }
        row.set(heartbeat);
        return true;
    }

    @Override
    public List<AgentHeartbeat> all() {
        return em.createQuery("select h from AgentHeartbeatEntity h order by h.agentId", AgentHeartbeatEntity.class)
                .getResultStream().map(AgentHeartbeatEntity::toDomain).toList();
    }
}
