package vn.gov.moh.soc.portal.application.dashboard;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
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

    /** The plan's months: its system's counts, or every count of its unit for a unit-wide plan. */
    public List<Ipv6Traffic.Count> measured(Ipv6Plan plan) {
        return countsOf(plan, months);
    }

    /** The counts a plan is measured by: those of its unit, of its system only when it names one. */
    static List<Ipv6Traffic.Count> countsOf(Ipv6Plan plan, Collection<Ipv6Traffic.Count> counts) {
        return counts.stream().filter(c -> c.unit().equals(plan.unit()))
                .filter(c -> plan.system() == null || Objects.equals(c.system(), plan.system().toString())).toList();
    }

    /** Whether the plan declares its dual stack done with no IPv6 event in the window. */
    public boolean silent(Ipv6Plan plan) {
        return silentDualStack.stream().anyMatch(s -> Objects.equals(s.plan().id(), plan.id()));
    }

    /** A plan declaring dual stack with the IPv4 events seen since {@code silenceFrom} (0: no traffic at all). */
    public record SilentPlan(Ipv6Plan plan, long ipv4Events) {
    }
}
