package vn.gov.moh.soc.portal.application.dashboard;

import java.time.Instant;
import java.util.List;
import vn.gov.moh.soc.portal.domain.model.ipv6.Ipv6Plan;

/**
 * IPv6 measured from the traffic beside the declared plans.
 *
 * @param months    per month, unit and system, oldest month first
 * @param silenceFrom start of the window in which a dual-stack system must show IPv6 traffic
 * @param silentDualStack plans that declare their dual stack done whose system (or unit, for a
 *                  unit-wide plan) shows no IPv6 event since {@code silenceFrom}
 */
public record Ipv6TrafficReport(Instant from, Instant to, List<Ipv6Traffic.Count> months, List<Ipv6Plan> plans, Instant silenceFrom,
                                List<SilentPlan> silentDualStack) {
    public Ipv6TrafficReport {
        months = List.copyOf(months);
        plans = List.copyOf(plans);
        silentDualStack = List.copyOf(silentDualStack);
    }

    /** A plan declaring dual stack with the IPv4 events seen since {@code silenceFrom} (0: no traffic at all). */
    public record SilentPlan(Ipv6Plan plan, long ipv4Events) {
    }
}
