package vn.gov.moh.soc.portal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.gov.moh.soc.portal.domain.model.audit.AuditTrail;
import vn.gov.moh.soc.portal.domain.model.ipv6.Ipv6Plan;
import vn.gov.moh.soc.portal.domain.model.ipv6.Ipv6PlanId;
import vn.gov.moh.soc.portal.domain.model.ipv6.Ipv6PlanRepository;
import vn.gov.moh.soc.portal.domain.model.system.InformationSystem;
import vn.gov.moh.soc.portal.domain.model.system.SystemRepository;
import vn.gov.moh.soc.portal.domain.model.unit.UnitHierarchy;
import vn.gov.moh.soc.portal.domain.model.unit.UnitId;
import vn.gov.moh.soc.portal.domain.model.unit.UnitRepository;
import vn.gov.moh.soc.portal.infrastructure.json.GovernanceJson;

/**
 * IPv6 migration plans: one per unit as a whole and one per system of the unit at most. Reads and
 * changes follow the unit's rights; every change is audited in its transaction. Overdue milestones
 * are computed on reading ({@link Ipv6Plan#overdueOn}, with {@link LocalDay#today()}).
 */
@ApplicationScoped
@Transactional
public class Ipv6PlanService {
    @Inject
    Ipv6PlanRepository plans;
    @Inject
    SystemRepository systems;
    @Inject
    UnitRepository units;
    @Inject
    AuditTrail audit;

    /** The plans the caller may read, of one unit if given. */
    public List<Ipv6Plan> list(Caller caller, UnitId unit) {
        Optional<Set<UnitId>> readable = AccessPolicy.readableUnits(caller, units.hierarchy());
        return plans.search(readable.orElse(null), unit);
    }

    public Ipv6Plan read(Caller caller, Ipv6PlanId id) {
        Ipv6Plan plan = plans.find(id).orElseThrow(() -> new NotFoundException("no IPv6 plan " + id));
        AccessPolicy.requireRead(caller, plan.unit(), units.hierarchy(), "IPv6 plans");
        return plan;
    }

    /**
     * @throws InvalidFieldException unknown unit, a system the unit does not own, or a plan exists for that unit and system
     */
    public Ipv6Plan create(Caller caller, Ipv6Plan plan) {
        UnitHierarchy tree = units.hierarchy();
        if (tree.find(plan.unit()).isEmpty()) {
            throw new InvalidFieldException("unit", "no unit " + plan.unit());
        }
        AccessPolicy.requireChange(caller, plan.unit(), tree, "IPv6 plans");
        checkSystem(plan);
        plans.find(plan.unit(), plan.system()).ifPresent(existing -> {
            throw new InvalidFieldException(plan.system() == null ? "unit" : "system", "plan " + existing.id() + " already covers "
                    + (plan.system() == null ? "unit " + plan.unit() : "system " + plan.system()) + ": change that one");
        });
        Ipv6Plan saved = plans.save(plan.withId(null));
        audit.append(caller.name(), "ipv6.create", "ipv6-plan", saved.id().toString(), null, GovernanceJson.plan(saved).toString());
        return saved;
    }

    /**
     * Replaces the plan's title and milestones.
     *
     * @throws InvalidFieldException the changed plan names another unit or system: a plan keeps both
     */
    public Ipv6Plan update(Caller caller, Ipv6PlanId id, Ipv6Plan changed) {
        Ipv6Plan before = plans.find(id).orElseThrow(() -> new NotFoundException("no IPv6 plan " + id));
        AccessPolicy.requireChange(caller, before.unit(), units.hierarchy(), "IPv6 plans");
        if (!changed.unit().equals(before.unit())) {
            throw new InvalidFieldException("unit", "plan " + id + " is the plan of " + before.unit() + "; a plan keeps its unit");
        }
        if (!java.util.Objects.equals(changed.system(), before.system())) {
            throw new InvalidFieldException("system", "plan " + id + " keeps its system; make a new plan for another one");
        }
        Ipv6Plan saved = plans.save(changed.withId(id));
        audit.append(caller.name(), "ipv6.update", "ipv6-plan", id.toString(), GovernanceJson.plan(before).toString(),
                GovernanceJson.plan(saved).toString());
        return saved;
    }

    private void checkSystem(Ipv6Plan plan) {
        if (plan.system() == null) {
            return;
        }
        InformationSystem system = systems.find(plan.system())
                .orElseThrow(() -> new InvalidFieldException("system", "no system " + plan.system()));
        if (!system.owner().equals(plan.unit())) {
            throw new InvalidFieldException("system", "system " + plan.system() + " belongs to " + system.owner() + ", not " + plan.unit());
        }
    }
}
