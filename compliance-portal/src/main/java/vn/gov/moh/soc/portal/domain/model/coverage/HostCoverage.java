package vn.gov.moh.soc.portal.domain.model.coverage;

import java.util.Optional;

/**
 * A declared host with the newest heartbeat that stands for it.
 *
 * @param heartbeat null when no agent ever stood for it
 * @param shipping  its heartbeat lies within the window
 */
public record HostCoverage(DeclaredHost host, AgentHeartbeat heartbeat, boolean shipping) {
    public Optional<AgentHeartbeat> latest() {
        return Optional.ofNullable(heartbeat);
    }
}
