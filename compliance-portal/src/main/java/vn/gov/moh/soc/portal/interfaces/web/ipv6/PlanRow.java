package vn.gov.moh.soc.portal.interfaces.web.ipv6;

import java.util.List;
import vn.gov.moh.soc.portal.application.dashboard.Ipv6Traffic;
import vn.gov.moh.soc.portal.domain.model.ipv6.Ipv6Plan;

/**
 * A declared plan beside what the events show.
 *
 * @param target   the plan's system name, or null for a unit-wide plan
 * @param phase    the current phase's name, or null once every milestone is done
 * @param measured the plan's months as counted (empty without traffic or without Elasticsearch)
 * @param silent   the plan declares its dual stack done and no IPv6 event was seen in the window
 * @param editable the user may change the plan's unit
 */
public record PlanRow(Ipv6Plan plan, String target, String phase, int overdue, List<Ipv6Traffic.Count> measured, boolean silent,
                      boolean editable) {
    public PlanRow {
        measured = List.copyOf(measured);
    }

    public long ipv6() {
        return measured.stream().mapToLong(Ipv6Traffic.Count::ipv6).sum();
    }

    public long total() {
        return measured.stream().mapToLong(Ipv6Traffic.Count::total).sum();
    }

    /** The share over the months shown, in whole percent rounded down as the dashboard counts (0 without events). */
    public int ipv6Percent() {
        return total() == 0 ? 0 : (int) (100L * ipv6() / total());
    }
}
