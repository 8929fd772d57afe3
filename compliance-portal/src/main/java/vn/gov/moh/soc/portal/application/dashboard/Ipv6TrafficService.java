package vn.gov.moh.soc.portal.application.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.gov.moh.soc.portal.application.AccessPolicy;
import vn.gov.moh.soc.portal.application.Caller;
import vn.gov.moh.soc.portal.application.InvalidFieldException;
import vn.gov.moh.soc.portal.application.LocalDay;
import vn.gov.moh.soc.portal.domain.model.ipv6.Ipv6Plan;
import vn.gov.moh.soc.portal.domain.model.ipv6.Ipv6PlanRepository;
import vn.gov.moh.soc.portal.domain.model.ipv6.MigrationPhase;
import vn.gov.moh.soc.portal.domain.model.ipv6.Milestone;
import vn.gov.moh.soc.portal.domain.model.ipv6.MilestoneStatus;
import vn.gov.moh.soc.portal.domain.model.unit.UnitId;
import vn.gov.moh.soc.portal.domain.model.unit.UnitRepository;

/**
 * IPv6 measured from the events (one aggregation request) beside the migration plans, for the
 * units the caller may read (the dashboard's reach). A plan declares its dual stack once every
 * dual-stack milestone is done; such a system (or unit, for a unit-wide plan) without an IPv6 event
 * in the last {@code portal.dashboard.ipv6-silence-days} days (default 30) is flagged.
 */
@ApplicationScoped
@Transactional
public class Ipv6TrafficService {
    /** More than a few years of months would be one request too many buckets for the page. */
    static final int MAX_MONTHS = 36;

    @Inject
    Ipv6Traffic traffic;
    @Inject
    Ipv6PlanRepository plans;
    @Inject
    UnitRepository units;
    @Inject
    @ConfigProperty(name = "portal.dashboard.ipv6-silence-days", defaultValue = "30")
    int silenceDays;

    Clock clock = Clock.systemUTC();

    /**
     * The last {@code months} calendar months (the current one included) in Vietnam's time.
     *
     * @throws InvalidFieldException months outside 1..{@value #MAX_MONTHS}
     */
    public Ipv6TrafficReport report(Caller caller, int months) {
        if (months < 1 || months > MAX_MONTHS) {
            throw new InvalidFieldException("months", "give 1 to " + MAX_MONTHS + " months, not " + months);
        }
        Set<UnitId> scope = AccessPolicy.dashboardReadableUnits(caller, units.hierarchy()).orElse(null);
        Instant now = clock.instant();
        LocalDate firstDay = LocalDate.ofInstant(now, LocalDay.VIETNAM).withDayOfMonth(1).minusMonths(months - 1L);
        Instant from = firstDay.atStartOfDay(LocalDay.VIETNAM).toInstant();
        Instant silenceFrom = now.minus(Duration.ofDays(silenceDays));
        Instant earliest = from.isBefore(silenceFrom) ? from : silenceFrom;
        List<Ipv6Traffic.Count> counted = scope != null && scope.isEmpty() ? List.of() : traffic.monthly(scope, earliest, now, silenceFrom);
        List<Ipv6Traffic.Count> shown = counted.stream().filter(c -> !c.month().atDay(1).isBefore(firstDay)).toList();
        List<Ipv6Plan> readable = plans.search(scope, null);
        return new Ipv6TrafficReport(from, now, shown, readable, silenceFrom, silent(readable, counted));
    }

    /** The plans declaring their dual stack done whose system (or unit) shows no recent IPv6 event in the counts. */
    static List<Ipv6TrafficReport.SilentPlan> silent(Collection<Ipv6Plan> plans, Collection<Ipv6Traffic.Count> counts) {
        List<Ipv6TrafficReport.SilentPlan> result = new ArrayList<>();
        for (Ipv6Plan p : plans) {
            if (!declaresDualStack(p)) {
                continue;
            }
            List<Ipv6Traffic.Count> own = Ipv6TrafficReport.countsOf(p, counts);
            if (own.stream().mapToLong(Ipv6Traffic.Count::recentIpv6).sum() == 0) {
                result.add(new Ipv6TrafficReport.SilentPlan(p, own.stream().mapToLong(Ipv6Traffic.Count::recentIpv4).sum()));
            }
        }
        return result;
    }

    /** Every dual-stack milestone of the plan is done (and it has one). */
    static boolean declaresDualStack(Ipv6Plan plan) {
        List<Milestone> dual = plan.milestones().stream().filter(m -> m.phase() == MigrationPhase.DUAL_STACK).toList();
        return !dual.isEmpty() && dual.stream().allMatch(m -> m.status() == MilestoneStatus.DONE);
    }
}
