package vn.gov.moh.soc.portal.application.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;
import vn.gov.moh.soc.portal.application.Caller;
import vn.gov.moh.soc.portal.application.DossierService;
import vn.gov.moh.soc.portal.application.DrillService;
import vn.gov.moh.soc.portal.application.InventoryService;
import vn.gov.moh.soc.portal.application.LocalDay;
import vn.gov.moh.soc.portal.application.ProtectionService;
import vn.gov.moh.soc.portal.application.ProtectionStatus;
import vn.gov.moh.soc.portal.application.RequirementService;
import vn.gov.moh.soc.portal.application.SystemChecklist;
import vn.gov.moh.soc.portal.domain.model.dossier.Dossier;
import vn.gov.moh.soc.portal.domain.model.drill.Drill;
import vn.gov.moh.soc.portal.domain.model.report.BuiltFrom;
import vn.gov.moh.soc.portal.domain.model.report.Report;
import vn.gov.moh.soc.portal.domain.model.report.ReportContent;
import vn.gov.moh.soc.portal.domain.model.report.ReportScope;
import vn.gov.moh.soc.portal.domain.model.system.InformationSystem;
import vn.gov.moh.soc.portal.domain.model.system.SystemId;
import vn.gov.moh.soc.portal.domain.model.system.SystemPage;
import vn.gov.moh.soc.portal.domain.model.system.SystemQuery;
import vn.gov.moh.soc.portal.domain.model.unit.Unit;
import vn.gov.moh.soc.portal.domain.model.unit.UnitHierarchy;
import vn.gov.moh.soc.portal.domain.model.unit.UnitId;

/**
 * Reads what a report is built from through the application services, as a read-only caller with
 * the auditor's reach: who may have which report was decided when it was asked for
 * ({@code ReportService}), and the builder keeps to the report's scope. Each service call is its own
 * transaction, so a report of many systems holds no long transaction; its data is as of the
 * build's start, give or take the changes committed while it runs.
 */
@ApplicationScoped
public class ReportSources {
    /** Reads everything, changes nothing (the services refuse every change to an auditor). */
    static final Caller READER = new Caller("report-builder", Set.of(Caller.AUDITOR), null);
    private static final int PAGE = 200;

    @Inject
    InventoryService inventory;
    @Inject
    RequirementService requirements;
    @Inject
    DossierService dossiers;
    @Inject
    ProtectionService protection;
    @Inject
    DrillService drills;

    /** A report's content and what it was built from. */
    public record Built(ReportContent content, BuiltFrom builtFrom) {
    }

    /**
     * @param progress told 0 to 100 as the data is read
     * @throws vn.gov.moh.soc.portal.application.NotFoundException when the scope's unit or system no longer exists
     */
    public Built build(Report report, Instant asOf, IntConsumer progress) {
        ReportScope scope = report.scope();
        UnitHierarchy tree = inventory.units();
        return switch (scope.kind()) {
            case SECTOR_COMPLIANCE -> compliance(report, asOf, tree, inTreeOrder(tree, null), "toàn ngành", progress);
            case UNIT_COMPLIANCE -> {
                Unit unit = tree.find(scope.unit())
                        .orElseThrow(() -> new vn.gov.moh.soc.portal.application.NotFoundException("no unit " + scope.unit()));
                yield compliance(report, asOf, tree, inTreeOrder(tree, unit.id()), unit.name() + " (" + unit.id() + ") và các đơn vị trực thuộc", progress);
            }
            case SYSTEM_DOSSIER -> system(report, asOf, tree, progress);
            case ANNUAL_DRILLS -> annualDrills(report, asOf, tree, progress);
        };
    }

    private Built compliance(Report report, Instant asOf, UnitHierarchy tree, List<Unit> units, String scopeName, IntConsumer progress) {
        Set<UnitId> covered = new HashSet<>();
        units.forEach(u -> covered.add(u.id()));
        List<InformationSystem> systems = systemsOf(covered);
        int steps = systems.size() + units.size() + 1;
        int done = 0;
        List<SystemChecklist> checklists = new ArrayList<>();
        for (InformationSystem s : systems) {
            checklists.add(requirements.checklist(READER, s.id()));
            progress.accept(++done * 100 / steps);
        }
        Map<SystemId, Dossier> newest = new HashMap<>();
        int dossierCount = 0;
        for (Dossier d : dossiers.list(READER, null)) {
            if (covered.contains(d.owner())) {
                dossierCount++;
                newest.putIfAbsent(d.system(), d);
            }
        }
        progress.accept(++done * 100 / steps);
        Map<UnitId, ProtectionStatus> layers = new LinkedHashMap<>();
        for (Unit u : units) {
            layers.put(u.id(), protection.status(READER, u.id()));
            progress.accept(++done * 100 / steps);
        }
        BuiltFrom from = new BuiltFrom(asOf, units.size(), systems.size(), dossierCount, 0);
        return new Built(ReportContents.compliance(report.scope().kind(), header(report, from, scopeName), units, checklists, newest,
                layers), from);
    }

    private Built system(Report report, Instant asOf, UnitHierarchy tree, IntConsumer progress) {
        SystemChecklist checklist = requirements.checklist(READER, report.scope().system());
        progress.accept(50);
        List<Dossier> ofSystem = dossiers.list(READER, report.scope().system());
        Optional<Dossier> newest = ofSystem.stream().findFirst();
        progress.accept(100);
        UnitId owner = checklist.system().owner();
        String ownerName = tree.find(owner).map(Unit::name).orElse(owner.value());
        BuiltFrom from = new BuiltFrom(asOf, 1, 1, ofSystem.size(), 0);
        String scope = "hệ thống thông tin " + checklist.system().name() + " (mã " + checklist.system().id() + ")";
        return new Built(ReportContents.systemDossier(header(report, from, scope), ownerName, checklist, newest), from);
    }

    private Built annualDrills(Report report, Instant asOf, UnitHierarchy tree, IntConsumer progress) {
        List<Drill> ofYear = drills.list(READER, report.scope().year());
        progress.accept(100);
        Set<UnitId> involved = new HashSet<>();
        ofYear.forEach(d -> involved.addAll(d.participants()));
        BuiltFrom from = new BuiltFrom(asOf, involved.size(), 0, 0, ofYear.size());
        LocalDate day = asOf.atZone(LocalDay.VIETNAM).toLocalDate();
        return new Built(ReportContents.annualDrills(header(report, from, "toàn ngành, năm " + report.scope().year()), report.scope().year(),
                inTreeOrder(tree, null), ofYear, day), from);
    }

    /** @param scope the scope in Vietnamese words, as the report prints it */
    private static ReportContents.Header header(Report report, BuiltFrom from, String scope) {
        return new ReportContents.Header(report.id().value(), scope, report.requestedBy(), report.requestedAt(), from);
    }

    /** The systems whose owner is one of the units, by owner and name. */
    private List<InformationSystem> systemsOf(Set<UnitId> owners) {
        List<InformationSystem> result = new ArrayList<>();
        for (int page = 0; ; page++) {
            SystemPage p = inventory.list(READER, null, null, SystemQuery.Sort.OWNER, false, page, PAGE);
            p.systems().stream().filter(s -> owners.contains(s.owner())).forEach(result::add);
            if ((long) (page + 1) * PAGE >= p.total()) {
                return result;
            }
        }
    }

    /** The tree depth first from its roots (or from one unit), children by id: the order a reader of the sector expects. */
    static List<Unit> inTreeOrder(UnitHierarchy tree, UnitId top) {
        List<Unit> result = new ArrayList<>();
        List<Unit> starts = top == null ? tree.roots() : tree.find(top).map(List::of).orElse(List.of());
        starts.stream().sorted(java.util.Comparator.comparing(u -> u.id().value())).forEach(u -> walk(tree, u, result));
        return result;
    }

    private static void walk(UnitHierarchy tree, Unit unit, List<Unit> into) {
        into.add(unit);
        tree.childrenOf(unit.id()).stream().sorted(java.util.Comparator.comparing(u -> u.id().value())).forEach(c -> walk(tree, c, into));
    }
}
