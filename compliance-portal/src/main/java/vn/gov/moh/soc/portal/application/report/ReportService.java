package vn.gov.moh.soc.portal.application.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.gov.moh.soc.portal.application.AccessDeniedException;
import vn.gov.moh.soc.portal.application.AccessPolicy;
import vn.gov.moh.soc.portal.application.Caller;
import vn.gov.moh.soc.portal.application.ConflictException;
import vn.gov.moh.soc.portal.application.InventoryService;
import vn.gov.moh.soc.portal.application.NotFoundException;
import vn.gov.moh.soc.portal.domain.model.report.Report;
import vn.gov.moh.soc.portal.domain.model.report.ReportFileStore;
import vn.gov.moh.soc.portal.domain.model.report.ReportFormat;
import vn.gov.moh.soc.portal.domain.model.report.ReportId;
import vn.gov.moh.soc.portal.domain.model.report.ReportScope;
import vn.gov.moh.soc.portal.domain.model.report.ReportStatus;
import vn.gov.moh.soc.portal.domain.model.unit.UnitHierarchy;
import vn.gov.moh.soc.portal.domain.model.unit.UnitId;

/**
 * Compliance reports: asking for one (checked, stored, audited, then built in the background),
 * the list and state of the caller's visible reports, and their content. Who may ask for and read
 * which report is {@link AccessPolicy#reportReadableUnits}: the sector report and the annual drill
 * report only sector-wide readers; a unit's report and a system's summary whoever reads that unit.
 */
@ApplicationScoped
public class ReportService {
    /** The list's length: the newest reports, enough for a page. */
    public static final int LIST_LIMIT = 200;
    private final Clock clock = Clock.systemUTC();

    @Inject
    ReportRecords records;
    @Inject
    ReportJobs jobs;
    @Inject
    InventoryService inventory;
    @Inject
    ReportFileStore files;

    /**
     * Stores the request and starts building it.
     *
     * @throws NotFoundException     the scope's unit or system does not exist
     * @throws AccessDeniedException the caller may not have that report
     */
    public Report request(Caller caller, ReportScope scope, ReportFormat format) {
        UnitId visible = visibleUnit(scope);
        Optional<Set<UnitId>> readable = AccessPolicy.reportReadableUnits(caller, inventory.units());
        if (readable.isPresent() && (visible == null || !readable.get().contains(visible))) {
            throw new AccessDeniedException(caller.name() + " may not have the report of " + scope.describe()
                    + (visible == null ? " (sector-wide reports are for auditors, analysts and admins)" : ""));
        }
        Report saved = records.queue(Report.request(scope, format, visible, caller.name(), clock.instant()));
        try {
            jobs.submit(saved.id());
        } catch (RuntimeException e) {
            // The executor refused the task (shutting down, saturated): the request stays, marked failed, saying why.
            records.fail(saved.id(), "the report could not be started: " + e);
            return records.find(saved.id()).orElse(saved);
        }
        return saved;
    }

    /** The reports the caller may see, newest first. */
    public List<Report> list(Caller caller) {
        return records.list(AccessPolicy.reportReadableUnits(caller, inventory.units()).orElse(null), LIST_LIMIT);
    }

    public Report read(Caller caller, ReportId id) {
        Report r = records.find(id).orElseThrow(() -> new NotFoundException("no report " + id));
        Optional<Set<UnitId>> readable = AccessPolicy.reportReadableUnits(caller, inventory.units());
        if (readable.isPresent() && (r.visibleUnit() == null || !readable.get().contains(r.visibleUnit()))) {
            throw new AccessDeniedException(caller.name() + " may not read report " + id);
        }
        return r;
    }

    /** A built report with its bytes (checked against its SHA-256). */
    public record Download(Report report, byte[] bytes) {
    }

    /** @throws ConflictException while the report is not built (queued, running or failed) */
    public Download content(Caller caller, ReportId id) {
        Report r = read(caller, id);
        if (r.status() != ReportStatus.DONE) {
            throw new ConflictException("report " + id + " is " + r.status().name().toLowerCase(java.util.Locale.ROOT)
                    + r.failureReason().map(f -> ": " + f).orElse(", not built yet"));
        }
        return new Download(r, files.read(r.content()));
    }

    /** The unit whose readers see a report of the scope (null: sector-wide). */
    private UnitId visibleUnit(ReportScope scope) {
        UnitHierarchy tree = inventory.units();
        return switch (scope.kind().needs()) {
            case NOTHING, YEAR -> null;
            case UNIT -> tree.find(scope.unit()).orElseThrow(() -> new NotFoundException("no unit " + scope.unit())).id();
            case SYSTEM -> inventoryOwner(scope);
        };
    }

    private UnitId inventoryOwner(ReportScope scope) {
        return inventory.read(ReportSources.READER, scope.system()).owner();
    }
}
