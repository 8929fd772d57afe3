package vn.gov.moh.soc.portal.infrastructure.coverage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import vn.gov.moh.soc.portal.domain.model.coverage.AgentHeartbeat;
import vn.gov.moh.soc.portal.domain.model.coverage.HeartbeatRepository;

/** Keeps a poll's heartbeats in one transaction of its own: all of them, or none and the poll is read again. */
@ApplicationScoped
public class HeartbeatStore {
    @Inject
    HeartbeatRepository heartbeats;

    /** @return how many were newer than what was stored */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int keep(Collection<AgentHeartbeat> batch) {
        int stored = 0;
        for (AgentHeartbeat h : batch) {
            stored += heartbeats.record(h) ? 1 : 0;
        }
        return stored;
    }
}
