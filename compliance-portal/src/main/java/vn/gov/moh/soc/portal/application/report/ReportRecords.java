package vn.gov.moh.soc.portal.application.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.gov.moh.soc.portal.domain.model.audit.AuditTrail;
import vn.gov.moh.soc.portal.domain.model.report.BuiltFrom;
import vn.gov.moh.soc.portal.domain.model.report.Report;
import vn.gov.moh.soc.portal.domain.model.report.ReportId;
import vn.gov.moh.soc.portal.domain.model.report.ReportRepository;
import vn.gov.moh.soc.portal.domain.model.unit.UnitId;
import vn.gov.moh.soc.portal.infrastructure.report.ReportJson;

/**
 * Each change of a report's row in a transaction of its own, so that a job's progress is visible
 * while it runs and a request is committed before its job looks for it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class ReportRecords {
    private final Clock clock = Clock.systemUTC();

    @Inject
    ReportRepository reports;
    @Inject
    AuditTrail audit;

    /** Stores the request with its audit record (who asked for which report). */
    public Report queue(Report request) {
        Report saved = reports.add(request);
        audit.append(request.requestedBy(), "report.request", "report", saved.id().toString(), null, ReportJson.report(saved).toString());
        return saved;
    }

    public Optional<Report> find(ReportId id) {
        return reports.find(id);
    }

    public List<Report> list(Set<UnitId> visibleUnits, int limit) {
        return reports.list(visibleUnits, limit);
    }

    public void start(ReportId id) {
        reports.start(id, clock.instant());
    }

    public void progress(ReportId id, int percent) {
        reports.progress(id, Math.min(99, Math.max(0, percent)));
    }

    public void finish(ReportId id, Report.StoredContent content, BuiltFrom builtFrom) {
        reports.finish(id, content, builtFrom, clock.instant());
    }

    public void fail(ReportId id, String reason) {
        reports.fail(id, reason, clock.instant());
    }

    public int failUnfinished(String reason) {
        return reports.failUnfinished(reason, clock.instant());
    }

    Instant now() {
        return clock.instant();
    }
}
