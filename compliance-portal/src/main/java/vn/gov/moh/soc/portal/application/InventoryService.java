package vn.gov.moh.soc.portal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import vn.gov.moh.soc.portal.application.pipeline.AssetPublication;
import vn.gov.moh.soc.portal.domain.model.audit.AuditTrail;
import vn.gov.moh.soc.portal.domain.model.level.LevelDetermination;
import vn.gov.moh.soc.portal.domain.model.level.LevelProposal;
import vn.gov.moh.soc.portal.domain.model.level.LevelProposalRepository;
import vn.gov.moh.soc.portal.domain.model.level.LevelRules;
import vn.gov.moh.soc.core.asset.SecurityLevel;
import vn.gov.moh.soc.portal.domain.model.system.InformationSystem;
import vn.gov.moh.soc.portal.domain.model.system.SystemChanged;
import vn.gov.moh.soc.portal.domain.model.system.SystemId;
import vn.gov.moh.soc.portal.domain.model.system.SystemPage;
import vn.gov.moh.soc.portal.domain.model.system.SystemQuery;
import vn.gov.moh.soc.portal.domain.model.system.SystemRepository;
import vn.gov.moh.soc.portal.domain.model.unit.UnitHierarchy;
import vn.gov.moh.soc.portal.domain.model.unit.UnitId;
import vn.gov.moh.soc.portal.domain.model.unit.UnitRepository;
import vn.gov.moh.soc.portal.infrastructure.json.SystemJson;

/**
 * The inventory's use cases. Each checks the access policy first and records every change in the
 * audit trail, and the system's asset in the pipeline's outbox, within the same transaction.
 */
@ApplicationScoped
@Transactional
public class InventoryService {
    private final LevelRules rules = new LevelRules();
    private final Clock clock = Clock.systemUTC();

    @Inject
    UnitRepository units;
    @Inject
    SystemRepository systems;
    @Inject
    LevelProposalRepository proposals;
    @Inject
    AuditTrail audit;
    @Inject
    Event<SystemChanged> changes;
    @Inject
    AssetPublication assets;

    /** The whole tree; callers cut it with {@link AccessPolicy}. */
    public UnitHierarchy units() {
        return units.hierarchy();
    }

    public SystemPage list(Caller caller, UnitId owner, String nameContains, SystemQuery.Sort sort, boolean descending, int page, int size) {
        Optional<Set<UnitId>> readable = AccessPolicy.readableUnits(caller, units.hierarchy());
        return systems.search(new SystemQuery(readable.orElse(null), owner, nameContains, sort, descending, page, size));
    }

    public InformationSystem read(Caller caller, SystemId id) {
        InformationSystem system = systems.find(id).orElseThrow(() -> new NotFoundException("no system " + id));
        AccessPolicy.requireRead(caller, system.owner(), units.hierarchy(), "systems");
        return system;
    }

    /**
     * The level the rules give a system as it stands in a form, before it is saved: what the level
     * wizard shows. Nothing is read or written, so no access check is needed.
     */
    public LevelDetermination determine(InformationSystem candidate) {
        return rules.determine(candidate);
    }

    public InformationSystem create(Caller caller, InformationSystem system) {
        UnitHierarchy tree = units.hierarchy();
        requireKnownUnit(tree, system.owner());
        requireChange(caller, system.owner(), tree);
        InformationSystem saved = systems.save(system.withId(null));
        audit.append(caller.name(), "system.create", "system", saved.id().toString(), null, SystemJson.system(saved).toString());
        assets.changed(saved);
        return saved;
    }

    public InformationSystem update(Caller caller, SystemId id, InformationSystem changed) {
        UnitHierarchy tree = units.hierarchy();
        InformationSystem before = systems.find(id).orElseThrow(() -> new NotFoundException("no system " + id));
        requireChange(caller, before.owner(), tree);
        requireKnownUnit(tree, changed.owner());
        // Moving a system to another owner needs the right to change both.
        requireChange(caller, changed.owner(), tree);
        InformationSystem saved = systems.save(changed.withId(id));
        audit.append(caller.name(), "system.update", "system", id.toString(),
                SystemJson.system(before).toString(), SystemJson.system(saved).toString());
        // Synchronous: what depends on the system (an approved dossier's re-review) changes in this transaction.
        changes.fire(new SystemChanged(before, saved, caller.name()));
        assets.changed(saved);
        return saved;
    }

    public LevelProposal proposeLevel(Caller caller, SystemId id, SecurityLevel proposed, String justification) {
        InformationSystem system = systems.find(id).orElseThrow(() -> new NotFoundException("no system " + id));
        requireChange(caller, system.owner(), units.hierarchy());
        LevelDetermination computed = rules.determine(system);
        LevelProposal proposal;
        try {
            proposal = new LevelProposal(id, computed, proposed, justification, caller.name(), clock.instant());
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("justification", e.getMessage());
        }
        String before = proposals.latest(id).map(p -> proposalJson(p.computed(), p.proposed(), p.justification())).orElse(null);
        proposals.save(proposal);
        audit.append(caller.name(), "level.propose", "system", id.toString(), before,
                proposalJson(computed.level(), proposal.proposed(), proposal.justification()));
        assets.changed(system);
        return proposal;
    }

    /**
     * The level wizard's save: the system's attributes as the officer last set them, then the level
     * proposal, in one transaction, so a refused proposal leaves the attributes as they were.
     */
    public LevelProposal reviseAndProposeLevel(Caller caller, SystemId id, InformationSystem changed, SecurityLevel proposed,
                                               String justification) {
        update(caller, id, changed);
        return proposeLevel(caller, id, proposed, justification);
    }

    private static String proposalJson(SecurityLevel computed, SecurityLevel proposed, String justification) {
        return jakarta.json.Json.createObjectBuilder().add("computedLevel", computed.number()).add("proposedLevel", proposed.number())
                .add("justification", justification == null ? "" : justification).build().toString();
    }

    private static void requireKnownUnit(UnitHierarchy tree, UnitId unit) {
        if (tree.find(unit).isEmpty()) {
            throw new InvalidFieldException("owner", "no unit " + unit);
        }
    }

    private static void requireChange(Caller caller, UnitId unit, UnitHierarchy tree) {
        AccessPolicy.requireChange(caller, unit, tree, "systems");
    }
}
