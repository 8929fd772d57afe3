package vn.gov.moh.soc.portal.domain.model.coverage;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import vn.gov.moh.soc.portal.domain.model.system.InformationSystem;

/**
 * Decides per system, at an instant, which declared hosts ship (a heartbeat no older than the
 * window) and whether the system counts as monitored under the rule.
 */
public final class CoverageAssessment {
    private final Duration window;
    private final CoverageRule rule;

    public CoverageAssessment(Duration window, CoverageRule rule) {
        if (window == null || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("the coverage window is positive: " + window);
        }
        this.window = window;
        this.rule = Objects.requireNonNull(rule, "rule");
    }

    public Duration window() {
        return window;
    }

    public CoverageRule rule() {
        return rule;
    }

    public SystemCoverage assess(InformationSystem system, HeartbeatIndex heartbeats, Instant now) {
        Instant oldest = now.minus(window);
        List<HostCoverage> hosts = DeclaredHost.of(system).stream().map(h -> {
            AgentHeartbeat latest = heartbeats.latest(h, system.owner()).orElse(null);
            return new HostCoverage(h, latest, latest != null && !latest.seenAt().isBefore(oldest));
        }).toList();
        boolean monitored = !hosts.isEmpty() && switch (rule) {
            case ALL_HOSTS -> hosts.stream().allMatch(HostCoverage::shipping);
            case ANY_HOST -> hosts.stream().anyMatch(HostCoverage::shipping);
        };
        return new SystemCoverage(system, hosts, monitored);
    }
}
