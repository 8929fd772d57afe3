package vn.gov.moh.soc.portal.domain.model.coverage;

import java.util.List;

/** Where the newest heartbeat of each agent is kept. */
public interface HeartbeatRepository {
    /**
     * Keeps the heartbeat unless the agent's stored one is newer (records replayed after a
     * rebalance or a restart never move an agent back in time).
     *
     * @return whether it was stored
     */
    boolean record(AgentHeartbeat heartbeat);

    /** The newest heartbeat of every agent that ever sent one. */
    List<AgentHeartbeat> all();
}
