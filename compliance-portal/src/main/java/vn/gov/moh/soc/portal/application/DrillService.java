package vn.gov.moh.soc.portal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.gov.moh.soc.portal.domain.model.audit.AuditTrail;
import vn.gov.moh.soc.portal.domain.model.drill.Drill;
import vn.gov.moh.soc.portal.domain.model.drill.DrillExecution;
import vn.gov.moh.soc.portal.domain.model.drill.DrillId;
import vn.gov.moh.soc.portal.domain.model.drill.DrillRepository;
import vn.gov.moh.soc.portal.domain.model.drill.DrillScope;
import vn.gov.moh.soc.portal.domain.model.unit.Unit;
import vn.gov.moh.soc.portal.domain.model.unit.UnitHierarchy;
import vn.gov.moh.soc.portal.domain.model.unit.UnitId;
import vn.gov.moh.soc.portal.domain.model.unit.UnitKind;
import vn.gov.moh.soc.portal.domain.model.unit.UnitRepository;
import vn.gov.moh.soc.portal.infrastructure.json.GovernanceJson;

/**
 * Drills: the annual plans (each drill an entry of its organizer's plan for a year), the record of
 * a held drill and its results. A drill is read by whoever may read its organizer or one of its
 * participants, and by SOC analysts ({@link AccessPolicy#drillReadableUnits}); it is changed by whoever
 * may change its organizer. Every change is audited in its transaction.
 */
@ApplicationScoped
@Transactional
public class DrillService {
    @Inject
    DrillRepository drills;
    @Inject
    UnitRepository units;
    @Inject
    AuditTrail audit;

    /** The drills the caller may read, of one year if given, by planned start. */
    public List<Drill> list(Caller caller, Integer year) {
        Optional<Set<UnitId>> readable = AccessPolicy.drillReadableUnits(caller, units.hierarchy());
        return drills.search(readable.orElse(null), year);
    }

    public Drill read(Caller caller, DrillId id) {
        Drill drill = drills.find(id).orElseThrow(() -> new NotFoundException("no drill " + id));
        Optional<Set<UnitId>> readable = AccessPolicy.drillReadableUnits(caller, units.hierarchy());
        if (readable.isPresent() && !readable.get().contains(drill.organizer())
                && drill.participants().stream().noneMatch(readable.get()::contains)) {
            throw new AccessDeniedException(caller.name() + " may not read drill " + id);
        }
        return drill;
    }

    /**
     * Adds a drill to its organizer's plan (any execution given is ignored: record it once held).
     *
     * @throws InvalidFieldException unknown organizer or participant, a unit drill with a participant
     *                               outside the organizer's subtree, a sector drill not organized at Ministry level
     */
    public Drill create(Caller caller, Drill drill) {
        UnitHierarchy tree = units.hierarchy();
        check(caller, drill, tree);
        Drill saved = drills.save(drill.withId(null).withExecution(null));
        audit.append(caller.name(), "drill.create", "drill", saved.id().toString(), null, GovernanceJson.drill(saved).toString());
        return saved;
    }

    /** Replaces a drill's plan (title, scenarios, participants, schedule), keeping its execution record. */
    public Drill update(Caller caller, DrillId id, Drill changed) {
        UnitHierarchy tree = units.hierarchy();
        Drill before = drills.find(id).orElseThrow(() -> new NotFoundException("no drill " + id));
        AccessPolicy.requireChange(caller, before.organizer(), tree, "drills");
        check(caller, changed, tree);
        Drill saved = drills.save(changed.withId(id).withExecution(before.execution()));
        audit.append(caller.name(), "drill.update", "drill", id.toString(), GovernanceJson.drill(before).toString(),
                GovernanceJson.drill(saved).toString());
        return saved;
    }

    /**
     * Records how the drill was held and its results (replacing an earlier record).
     *
     * @throws InvalidFieldException the drill is dated in the future
     */
    public Drill recordExecution(Caller caller, DrillId id, DrillExecution execution) {
        Drill before = drills.find(id).orElseThrow(() -> new NotFoundException("no drill " + id));
        AccessPolicy.requireChange(caller, before.organizer(), units.hierarchy(), "drills");
        if (execution.endedOn().isAfter(LocalDay.today())) {
            throw new InvalidFieldException("endedOn", "a drill is recorded once held; " + execution.endedOn() + " is in the future");
        }
        Drill saved = drills.save(before.withExecution(execution));
        audit.append(caller.name(), "drill.execution", "drill", id.toString(), GovernanceJson.drill(before).toString(),
                GovernanceJson.drill(saved).toString());
        return saved;
    }

    private static void check(Caller caller, Drill drill, UnitHierarchy tree) {
        Unit organizer = tree.find(drill.organizer()).orElseThrow(() -> new InvalidFieldException("organizer", "no unit " + drill.organizer()));
        AccessPolicy.requireChange(caller, organizer.id(), tree, "drills");
        for (UnitId p : drill.participants()) {
            if (tree.find(p).isEmpty()) {
                throw new InvalidFieldException("participants", "no unit " + p);
            }
            if (drill.scope() == DrillScope.UNIT && !tree.isWithin(p, organizer.id())) {
                throw new InvalidFieldException("participants", p + " is not below " + organizer.id()
                        + ": a unit's own drill involves its units; make it a sector drill");
            }
        }
        if (drill.scope() == DrillScope.SECTOR && organizer.kind() != UnitKind.MINISTRY && organizer.kind() != UnitKind.MINISTRY_DEPARTMENT) {
            throw new InvalidFieldException("scope", "a sector-wide drill is organized by the Ministry or one of its departments, not "
                    + organizer.id());
        }
    }
}
