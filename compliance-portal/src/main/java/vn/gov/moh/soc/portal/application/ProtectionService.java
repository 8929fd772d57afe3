package vn.gov.moh.soc.portal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import vn.gov.moh.soc.portal.domain.model.audit.AuditTrail;
import vn.gov.moh.soc.portal.domain.model.protection.Inspection;
import vn.gov.moh.soc.portal.domain.model.protection.MonitoringContract;
import vn.gov.moh.soc.portal.domain.model.protection.MonitoringCoverage;
import vn.gov.moh.soc.portal.domain.model.protection.NationalConnection;
import vn.gov.moh.soc.portal.domain.model.protection.ProtectionAssessment;
import vn.gov.moh.soc.portal.domain.model.protection.ProtectionRepository;
import vn.gov.moh.soc.portal.domain.model.protection.StaffMember;
import vn.gov.moh.soc.portal.domain.model.protection.UnitProtection;
import vn.gov.moh.soc.portal.domain.model.system.SystemId;
import vn.gov.moh.soc.portal.domain.model.system.SystemRepository;
import vn.gov.moh.soc.portal.domain.model.unit.UnitHierarchy;
import vn.gov.moh.soc.portal.domain.model.unit.UnitId;
import vn.gov.moh.soc.portal.domain.model.unit.UnitRepository;
import vn.gov.moh.soc.portal.infrastructure.json.GovernanceJson;

/**
 * The 4-layer model per unit: reading a unit's layers with their status and gaps, and declaring
 * each layer. Reads and changes follow the unit's rights; every declaration is audited in its
 * transaction, with the whole declaration before and after.
 */
@ApplicationScoped
@Transactional
public class ProtectionService {
    @Inject
    ProtectionRepository protections;
    @Inject
    SystemRepository systems;
    @Inject
    UnitRepository units;
    @Inject
    MonitoringCoverage coverage;
    @Inject
    AuditTrail audit;

    public ProtectionStatus status(Caller caller, UnitId unit) {
        UnitHierarchy tree = knownUnit(unit);
        AccessPolicy.requireRead(caller, unit, tree, "4-layer model");
        return statusOf(protections.find(unit).orElse(UnitProtection.none(unit)));
    }

    /** Every unit the caller may read with its layers, in the tree's id order: who has the whole model and who not. */
    public List<ProtectionStatus> overview(Caller caller) {
        UnitHierarchy tree = units.hierarchy();
        return tree.all().stream().filter(u -> AccessPolicy.canRead(caller, u.id(), tree))
                .sorted(java.util.Comparator.comparing(u -> u.id().value()))
                .map(u -> statusOf(protections.find(u.id()).orElse(UnitProtection.none(u.id())))).toList();
    }

    /** Layer 1: replaces the list of on-site staff. */
    public ProtectionStatus setOnSiteForce(Caller caller, UnitId unit, List<StaffMember> staff) {
        return change(caller, unit, "protection.on-site-force", p -> p.withOnSiteForce(staff));
    }

    /**
     * Layer 2: replaces the monitoring contract.
     *
     * @throws InvalidFieldException a declared system is not one the unit owns
     */
    public ProtectionStatus setMonitoring(Caller caller, UnitId unit, MonitoringContract contract) {
        return change(caller, unit, "protection.monitoring", p -> {
            Set<SystemId> owned = systems.ownedBy(unit);
            TreeSet<Long> foreign = new TreeSet<>();
            contract.declaredSystems().stream().filter(s -> !owned.contains(s)).forEach(s -> foreign.add(s.value()));
            if (!foreign.isEmpty()) {
                throw new InvalidFieldException("systems", "not systems of " + unit + ": " + foreign);
            }
            return p.withMonitoring(contract);
        });
    }

    /**
     * Layer 3: adds an inspection.
     *
     * @throws InvalidFieldException the inspection is dated in the future
     */
    public ProtectionStatus addInspection(Caller caller, UnitId unit, Inspection inspection) {
        return change(caller, unit, "protection.inspection", p -> {
            if (inspection.date().isAfter(LocalDay.today())) {
                throw new InvalidFieldException("date", "an inspection is recorded once held; " + inspection.date() + " is in the future");
            }
            return p.withInspection(inspection);
        });
    }

    /** Layer 4: declares the connection to the national monitoring system (a future date declares a planned one). */
    public ProtectionStatus setNationalConnection(Caller caller, UnitId unit, NationalConnection connection) {
        return change(caller, unit, "protection.national-connection", p -> p.withNationalConnection(connection));
    }

    /** Checks the right to change first, then applies the edit (which may refuse a field), saves and audits. */
    private ProtectionStatus change(Caller caller, UnitId unit, String action, UnaryOperator<UnitProtection> edit) {
        UnitHierarchy tree = knownUnit(unit);
        AccessPolicy.requireChange(caller, unit, tree, "4-layer model");
        UnitProtection before = protections.find(unit).orElse(null);
        UnitProtection after = edit.apply(before == null ? UnitProtection.none(unit) : before);
        protections.save(after);
        audit.append(caller.name(), action, "unit", unit.value(),
                before == null ? null : GovernanceJson.protection(before).toString(), GovernanceJson.protection(after).toString());
        return statusOf(after);
    }

    private ProtectionStatus statusOf(UnitProtection p) {
        LocalDate today = LocalDay.today();
        Set<SystemId> owned = systems.ownedBy(p.unit());
        Set<SystemId> covered = coverage.covered(p, today);
        return new ProtectionStatus(p, owned, covered, ProtectionAssessment.assess(p, owned, covered, today));
    }

    private UnitHierarchy knownUnit(UnitId unit) {
        UnitHierarchy tree = units.hierarchy();
        if (tree.find(unit).isEmpty()) {
            throw new NotFoundException("no unit " + unit);
        }
        return tree;
    }
}
