package vn.gov.moh.soc.portal.domain.model.protection;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.gov.moh.soc.portal.domain.model.unit.UnitId;

/**
 * What a unit declares for the four layers; any layer may still be missing. Inspections are kept
 * newest first.
 */
public record UnitProtection(UnitId unit, List<StaffMember> onSiteForce, MonitoringContract monitoring,
                             List<Inspection> inspections, NationalConnection nationalConnection) {
    public UnitProtection {
        Objects.requireNonNull(unit, "unit");
        onSiteForce = onSiteForce == null ? List.of() : List.copyOf(onSiteForce);
        inspections = inspections == null ? List.of()
                : inspections.stream().sorted(Comparator.comparing(Inspection::date).reversed()).toList();
    }

    /** A unit that declared nothing yet. */
    public static UnitProtection none(UnitId unit) {
        return new UnitProtection(unit, List.of(), null, List.of(), null);
    }

    public Optional<MonitoringContract> monitoringContract() {
        return Optional.ofNullable(monitoring);
    }

    public Optional<NationalConnection> connection() {
        return Optional.ofNullable(nationalConnection);
    }

    public Optional<Inspection> latestInspection() {
        return inspections.stream().findFirst();
    }

    public UnitProtection withOnSiteForce(List<StaffMember> staff) {
        return new UnitProtection(unit, staff, monitoring, inspections, nationalConnection);
    }

    public UnitProtection withMonitoring(MonitoringContract contract) {
        return new UnitProtection(unit, onSiteForce, contract, inspections, nationalConnection);
    }

    public UnitProtection withInspection(Inspection added) {
        List<Inspection> all = new java.util.ArrayList<>(inspections);
        all.add(added);
        return new UnitProtection(unit, onSiteForce, monitoring, all, nationalConnection);
    }

    public UnitProtection withNationalConnection(NationalConnection connection) {
        return new UnitProtection(unit, onSiteForce, monitoring, inspections, connection);
    }
}
