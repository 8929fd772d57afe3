package vn.gov.moh.soc.portal.application;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.gov.moh.soc.portal.domain.model.unit.Unit;
import vn.gov.moh.soc.portal.domain.model.unit.UnitHierarchy;
import vn.gov.moh.soc.portal.domain.model.unit.UnitId;

/**
 * Who may read and change which unit's data:
 * <ul>
 * <li>admin: everything;</li>
 * <li>auditor: reads everything, changes nothing;</li>
 * <li>unit security officer: reads and changes their unit and the units below it, nothing else;</li>
 * <li>anyone else (including SOC analysts, until the SOC console gives them their own views): nothing,</li>
 * <li>except that SOC analysts read every drill ({@link #drillReadableUnits}) and the monitoring
 * coverage of every unit ({@link #coverageReadableUnits}), and, like auditors and admins, every
 * unit's events ({@link #eventReadableUnits});</li>
 * <li>incidents ({@link #incidentReadableUnits}): SOC analysts and admins read and handle every
 * unit's, auditors read them all, a unit security officer reads those affecting their subtree
 * and may comment on them, nothing more;</li>
 * <li>the compliance dashboard ({@link #dashboardReadableUnits}): the whole sector for analysts,
 * auditors and admins, an officer's subtree;</li>
 * <li>the SOC console's alerts ({@link #alertReadableUnits}): analysts and admins read and triage
 * every unit's, auditors read them all, an officer reads those of their unit and the units below,
 * triaging none;</li>
 * <li>compliance reports ({@link #reportReadableUnits}): analysts, auditors and admins ask for and
 * read every report; an officer those of their subtree's units and systems.</li>
 * </ul>
 */
public final class AccessPolicy {
    private AccessPolicy() {
    }

    /** The units whose data the caller may read: empty optional for all of them. */
    public static Optional<Set<UnitId>> readableUnits(Caller caller, UnitHierarchy units) {
        if (caller.is(Caller.ADMIN) || caller.is(Caller.AUDITOR)) {
            return Optional.empty();
        }
        if (caller.is(Caller.OFFICER) && caller.unit() != null) {
            return Optional.of(units.subtree(caller.unit()));
        }
        return Optional.of(Set.of());
    }

    public static boolean canRead(Caller caller, UnitId unit, UnitHierarchy units) {
        return readableUnits(caller, units).map(s -> s.contains(unit)).orElse(true);
    }

    public static boolean canChange(Caller caller, UnitId unit, UnitHierarchy units) {
        if (caller.is(Caller.ADMIN)) {
            return true;
        }
        return caller.is(Caller.OFFICER) && caller.unit() != null && units.find(unit).isPresent()
                && units.isWithin(unit, caller.unit());
    }

    /**
     * The units whose drills the caller may read. SOC analysts read them all, and change none: the
     * SOC must know when a drill runs and what it plays, or it escalates the drill's traffic as a
     * real attack; and it is usually the defending side of the exercise.
     */
    public static Optional<Set<UnitId>> drillReadableUnits(Caller caller, UnitHierarchy units) {
        return readableUnitsOrAllForAnalysts(caller, units);
    }

    /**
     * Whether the caller may start a run of a drill on the real pipeline for a participating unit:
     * SOC analysts (the defending side, who also run the exercise's injections), admins, and the
     * officers of the unit's subtree. Auditors read runs and start none.
     */
    public static boolean canRunDrill(Caller caller, UnitId unit, UnitHierarchy units) {
        return caller.is(Caller.ANALYST) || canChange(caller, unit, units);
    }

    /**
     * The units whose monitoring coverage the caller may read. SOC analysts read all of it: which
     * hosts ship logs is what tells them where they are blind.
     */
    public static Optional<Set<UnitId>> coverageReadableUnits(Caller caller, UnitHierarchy units) {
        return readableUnitsOrAllForAnalysts(caller, units);
    }

    private static Optional<Set<UnitId>> readableUnitsOrAllForAnalysts(Caller caller, UnitHierarchy units) {
        if (caller.is(Caller.ANALYST)) {
            return Optional.empty();
        }
        return readableUnits(caller, units);
    }

    /**
     * The units whose figures the compliance dashboard shows the caller: auditors, admins and SOC
     * analysts the whole sector (the dashboard reads, changes nothing), an officer their subtree.
     */
    public static Optional<Set<UnitId>> dashboardReadableUnits(Caller caller, UnitHierarchy units) {
        return readableUnitsOrAllForAnalysts(caller, units);
    }

    /** The units whose incidents the caller may read: empty optional for all of them. */
    public static Optional<Set<UnitId>> incidentReadableUnits(Caller caller, UnitHierarchy units) {
        return readableUnitsOrAllForAnalysts(caller, units);
    }

    /**
     * The units whose alerts the caller may read: empty optional for all of them. An officer sees
     * the alerts that touched a unit of their subtree (a correlation alert may touch several units),
     * as with the rest of their unit's data; someone with no console role, none. The SOC's reach, as
     * for drills and incidents.
     */
    public static Optional<Set<UnitId>> alertReadableUnits(Caller caller, UnitHierarchy units) {
        return readableUnitsOrAllForAnalysts(caller, units);
    }

    /** Whether the caller may read an incident affecting these units (one readable unit is enough). */
    public static boolean canReadIncident(Caller caller, Set<UnitId> affected, UnitHierarchy units) {
        return incidentReadableUnits(caller, units).map(r -> affected.stream().anyMatch(r::contains)).orElse(true);
    }

    /** Whether the caller handles incidents (creates, escalates into, changes them): SOC analysts and admins. */
    public static boolean canHandleIncidents(Caller caller) {
        return caller.is(Caller.ANALYST) || caller.is(Caller.ADMIN);
    }

    /** Whether the caller may comment on an incident affecting these units: its handlers, and officers who read it. */
    public static boolean canCommentIncident(Caller caller, Set<UnitId> affected, UnitHierarchy units) {
        return canHandleIncidents(caller) || caller.is(Caller.OFFICER) && canReadIncident(caller, affected, units);
    }

    /** Whether the caller may change alerts' triage status: SOC analysts and admins. */
    public static boolean canTriageAlerts(Caller caller) {
        return caller.is(Caller.ANALYST) || caller.is(Caller.ADMIN);
    }

    /**
     * The units whose events (and the alerts raised on them) the caller may read: analysts, auditors
     * and admins all of them; an officer those of the own subtree, so that a unit sees what its own
     * agents shipped and nothing of its neighbours; anyone else none.
     */
    public static Optional<Set<UnitId>> eventReadableUnits(Caller caller, UnitHierarchy units) {
        return readableUnitsOrAllForAnalysts(caller, units);
    }

    /**
     * The units whose compliance reports the caller may read and ask for: empty optional for all of
     * them, sector-wide reports included. Auditors (whose work reports are), analysts and admins
     * every unit's; an officer those of the own subtree, never a sector-wide one. Asking for a report
     * is the one thing an auditor creates: it changes no governance data.
     */
    public static Optional<Set<UnitId>> reportReadableUnits(Caller caller, UnitHierarchy units) {
        return readableUnitsOrAllForAnalysts(caller, units);
    }

    /** @throws AccessDeniedException unless the caller may read {@code what} of the unit */
    public static void requireRead(Caller caller, UnitId unit, UnitHierarchy units, String what) {
        if (!canRead(caller, unit, units)) {
            throw new AccessDeniedException(caller.name() + " may not read the " + what + " of " + unit);
        }
    }

    /** @throws AccessDeniedException unless the caller may change {@code what} of the unit */
    public static void requireChange(Caller caller, UnitId unit, UnitHierarchy units, String what) {
        if (!canChange(caller, unit, units)) {
            throw new AccessDeniedException(caller.name() + " may not change the " + what + " of " + unit);
        }
    }

    /** The tops of the tree the caller may see: the whole sector, or an officer's own unit. */
    public static List<Unit> visibleRoots(Caller caller, UnitHierarchy units) {
        if (readableUnits(caller, units).isEmpty()) {
            return units.roots();
        }
        if (!caller.is(Caller.OFFICER) || caller.unit() == null) {
            return List.of();
        }
        return units.find(caller.unit()).map(List::of).orElse(List.of());
    }

    /** Whether the caller may walk the audit trail's chain: auditors and admins. */
    public static boolean canVerifyAudit(Caller caller) {
        return caller.is(Caller.AUDITOR) || caller.is(Caller.ADMIN);
    }
}
