package vn.gov.moh.soc.portal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.gov.moh.soc.core.asset.SecurityLevel;
import vn.gov.moh.soc.portal.domain.model.audit.AuditTrail;
import vn.gov.moh.soc.portal.domain.model.level.LevelProposalRepository;
import vn.gov.moh.soc.portal.domain.model.level.LevelRules;
import vn.gov.moh.soc.portal.domain.model.requirement.Assessment;
import vn.gov.moh.soc.portal.domain.model.requirement.AssessmentRepository;
import vn.gov.moh.soc.portal.domain.model.requirement.Checklist;
import vn.gov.moh.soc.portal.domain.model.requirement.Finding;
import vn.gov.moh.soc.portal.domain.model.requirement.Requirement;
import vn.gov.moh.soc.portal.domain.model.requirement.RequirementCatalog;
import vn.gov.moh.soc.portal.domain.model.requirement.RequirementCatalogRepository;
import vn.gov.moh.soc.portal.domain.model.system.InformationSystem;
import vn.gov.moh.soc.portal.domain.model.system.SystemId;
import vn.gov.moh.soc.portal.domain.model.system.SystemPage;
import vn.gov.moh.soc.portal.domain.model.system.SystemQuery;
import vn.gov.moh.soc.portal.domain.model.system.SystemRepository;
import vn.gov.moh.soc.portal.domain.model.unit.UnitId;
import vn.gov.moh.soc.portal.domain.model.unit.UnitRepository;
import vn.gov.moh.soc.portal.domain.model.vulnerability.ScanReportRepository;
import vn.gov.moh.soc.portal.infrastructure.json.GovernanceJson;

/**
 * The requirements per level: the catalog, each system's checklist (its gaps and compliance
 * summary), and recording the assessment of one requirement. Reads follow the system owner's
 * read rights, assessments its change rights; every assessment is audited in its transaction.
 */
@ApplicationScoped
@Transactional
public class RequirementService {
    private final LevelRules rules = new LevelRules();
    private static final int PAGE = 200;
    private final Clock clock = Clock.systemUTC();

    @Inject
    RequirementCatalogRepository catalogs;
    @Inject
    AssessmentRepository assessments;
    @Inject
    SystemRepository systems;
    @Inject
    LevelProposalRepository proposals;
    @Inject
    UnitRepository units;
    @Inject
    AuditTrail audit;
    @Inject
    ScanReportRepository scans;

    /** The catalog in force: reference data, readable by every portal role. */
    public RequirementCatalog catalog() {
        return catalogs.current();
    }

    /** The system's checklist at its level: the latest proposed level, or the computed one when none was proposed. */
    public SystemChecklist checklist(Caller caller, SystemId id) {
        InformationSystem system = readable(caller, id);
        return checklistOf(system);
    }

    /**
     * Records the finding on one requirement of the system (replacing an earlier one) and returns
     * the updated checklist.
     *
     * @throws NotFoundException     no such system, or the catalog has no such requirement
     * @throws InvalidFieldException the requirement does not apply at the system's level, or the finding does not hold
     */
    public SystemChecklist assess(Caller caller, SystemId id, String requirementCode, Finding finding) {
        InformationSystem system = systems.find(id).orElseThrow(() -> new NotFoundException("no system " + id));
        AccessPolicy.requireChange(caller, system.owner(), units.hierarchy(), "systems");
        RequirementCatalog catalog = catalogs.current();
        Requirement requirement = catalog.find(requirementCode)
                .orElseThrow(() -> new NotFoundException("the catalog " + catalog.version() + " has no requirement " + requirementCode));
        SystemChecklist before = checklistOf(system);
        SecurityLevel level = before.checklist().level();
        if (!requirement.appliesTo(level)) {
            throw new InvalidFieldException("requirement", requirementCode + " applies from level " + requirement.fromLevel().number()
                    + "; system " + id + " is at level " + level.number());
        }
        Finding.Problem problem = finding.problem();
        if (problem != null) {
            throw new InvalidFieldException(problem.field(), problem.message());
        }
        Assessment assessment = new Assessment(id, requirementCode, finding, catalog.version(), caller.name(),
                clock.instant().truncatedTo(ChronoUnit.MILLIS));
        Optional<Assessment> previous = assessments.find(id, requirementCode);
        assessments.save(assessment);
        audit.append(caller.name(), "requirement.assess", "system", id + "/" + requirementCode,
                previous.map(a -> GovernanceJson.assessment(a).toString()).orElse(null), GovernanceJson.assessment(assessment).toString());
        return checklistOf(system);
    }

    /**
     * The checklist of every system the caller may read (of one owner if given), by owner: the
     * compliance summary per system. One checklist per system is computed; fine for the sector's
     * hundreds of systems, a query per system.
     */
    public List<SystemChecklist> checklists(Caller caller, UnitId owner) {
        Set<UnitId> readable = AccessPolicy.readableUnits(caller, units.hierarchy()).orElse(null);
        List<SystemChecklist> result = new ArrayList<>();
        for (int page = 0; ; page++) {
            SystemPage p = systems.search(new SystemQuery(readable, owner, null, SystemQuery.Sort.OWNER, false, page, PAGE));
            p.systems().forEach(s -> result.add(checklistOf(s)));
            if ((long) (page + 1) * PAGE >= p.total()) {
                return result;
            }
        }
    }

    private SystemChecklist checklistOf(InformationSystem system) {
        SystemChecklist.LevelSource source;
        SecurityLevel level;
        var proposal = proposals.latest(system.id());
        if (proposal.isPresent()) {
            source = SystemChecklist.LevelSource.PROPOSED;
            level = proposal.get().proposed();
        } else {
            source = SystemChecklist.LevelSource.COMPUTED;
            level = rules.determine(system).level();
        }
        return new SystemChecklist(system, source, new Checklist(system.id(), level, catalogs.current(), assessments.forSystem(system.id())),
                scans.latestCritical(List.of(system.id())).getOrDefault(system.id(), 0));
    }

    private InformationSystem readable(Caller caller, SystemId id) {
        InformationSystem system = systems.find(id).orElseThrow(() -> new NotFoundException("no system " + id));
        AccessPolicy.requireRead(caller, system.owner(), units.hierarchy(), "systems");
        return system;
    }
}
