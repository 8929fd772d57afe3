package vn.gov.moh.soc.portal.domain.model.protection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import vn.gov.moh.soc.portal.domain.model.system.SystemId;
import vn.gov.moh.soc.portal.domain.model.protection.LayerStatus.Gap;
import vn.gov.moh.soc.portal.domain.model.protection.LayerStatus.State;

/**
 * Computes each layer's status and gaps from a unit's declaration, the systems the unit owns,
 * what layer 2 covers, and the day.
 */
public final class ProtectionAssessment {
    /** An independent inspection older than this leaves layer 3 with a gap (inspections are yearly). */
    public static final int INSPECTION_INTERVAL_MONTHS = 12;

    private ProtectionAssessment() {
    }

    /** The four layers in order. */
    public static List<LayerStatus> assess(UnitProtection p, Set<SystemId> ownedSystems, Set<SystemId> covered, LocalDate today) {
        return List.of(onSite(p), monitoring(p, ownedSystems, covered, today), inspection(p, today), national(p, today));
    }

    /** Whether every layer is in place: the unit "has the 4-layer model". */
    public static boolean complete(List<LayerStatus> layers) {
        return layers.stream().allMatch(l -> l.state() == State.IN_PLACE);
    }

    private static LayerStatus onSite(UnitProtection p) {
        if (p.onSiteForce().isEmpty()) {
            return missing(ProtectionLayer.ON_SITE_FORCE, "NO_STAFF", "no on-site security staff named");
        }
        List<Gap> gaps = new ArrayList<>();
        if (p.onSiteForce().stream().noneMatch(StaffMember::contact)) {
            gaps.add(new Gap("NO_CONTACT", "no staff member is named as the point of contact"));
        } else if (p.onSiteForce().stream().noneMatch(s -> s.contact() && s.reachable())) {
            gaps.add(new Gap("CONTACT_UNREACHABLE", "the point of contact has neither phone nor e-mail"));
        }
        return of(ProtectionLayer.ON_SITE_FORCE, gaps);
    }

    private static LayerStatus monitoring(UnitProtection p, Set<SystemId> owned, Set<SystemId> covered, LocalDate today) {
        if (p.monitoringContract().isEmpty()) {
            return missing(ProtectionLayer.PROFESSIONAL_MONITORING, "NO_PROVIDER", "no monitoring and protection provider");
        }
        MonitoringContract c = p.monitoring();
        List<Gap> gaps = new ArrayList<>();
        if (c.from().isAfter(today)) {
            gaps.add(new Gap("CONTRACT_NOT_STARTED", "the contract starts on " + c.from()));
        } else if (!c.inForce(today)) {
            gaps.add(new Gap("CONTRACT_EXPIRED", "the contract ended on " + c.until()));
        }
        TreeSet<Long> uncovered = new TreeSet<>();
        owned.stream().filter(s -> !covered.contains(s)).forEach(s -> uncovered.add(s.value()));
        if (!uncovered.isEmpty()) {
            gaps.add(new Gap("SYSTEMS_NOT_COVERED", (owned.size() - uncovered.size()) + " of the unit's " + owned.size()
                    + " systems are covered; not covered: " + uncovered));
        }
        return of(ProtectionLayer.PROFESSIONAL_MONITORING, gaps);
    }

    private static LayerStatus inspection(UnitProtection p, LocalDate today) {
        if (p.latestInspection().isEmpty()) {
            return missing(ProtectionLayer.INDEPENDENT_INSPECTION, "NO_INSPECTION", "no independent inspection recorded");
        }
        LocalDate last = p.latestInspection().get().date();
        List<Gap> gaps = new ArrayList<>();
        if (last.isBefore(today.minusMonths(INSPECTION_INTERVAL_MONTHS))) {
            gaps.add(new Gap("NO_RECENT_INSPECTION", "the latest independent inspection (" + last + ") is more than "
                    + INSPECTION_INTERVAL_MONTHS + " months old"));
        }
        return of(ProtectionLayer.INDEPENDENT_INSPECTION, gaps);
    }

    private static LayerStatus national(UnitProtection p, LocalDate today) {
        if (p.connection().isEmpty()) {
            return missing(ProtectionLayer.NATIONAL_CONNECTION, "NOT_CONNECTED", "not connected to the national monitoring system");
        }
        List<Gap> gaps = new ArrayList<>();
        if (p.nationalConnection().connectedSince().isAfter(today)) {
            gaps.add(new Gap("NOT_CONNECTED_YET", "the connection is planned for " + p.nationalConnection().connectedSince()));
        }
        return of(ProtectionLayer.NATIONAL_CONNECTION, gaps);
    }

    private static LayerStatus missing(ProtectionLayer layer, String code, String message) {
        return new LayerStatus(layer, State.MISSING, List.of(new Gap(code, message)));
    }

    private static LayerStatus of(ProtectionLayer layer, List<Gap> gaps) {
        return new LayerStatus(layer, gaps.isEmpty() ? State.IN_PLACE : State.PARTIAL, gaps);
    }
}
