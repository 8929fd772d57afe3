package vn.gov.moh.soc.portal.domain.model.coverage;

import java.util.List;
import vn.gov.moh.soc.portal.domain.model.system.InformationSystem;

/**
 * A system with each declared host's heartbeat, and whether it counts as monitored. A system that
 * declares no host is not monitored: no agent can stand for it, and leaving the hosts out must not
 * raise the figure.
 */
public record SystemCoverage(InformationSystem system, List<HostCoverage> hosts, boolean monitored) {
    public SystemCoverage {
        hosts = List.copyOf(hosts);
    }

    /** The declared hosts without a heartbeat in the window. */
    public List<HostCoverage> notShipping() {
        return hosts.stream().filter(h -> !h.shipping()).toList();
    }

    public long shippingHosts() {
        return hosts.size() - notShipping().size();
    }
}
