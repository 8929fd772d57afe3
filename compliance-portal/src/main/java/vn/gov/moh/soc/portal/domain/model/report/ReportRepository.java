package vn.gov.moh.soc.portal.domain.model.report;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.gov.moh.soc.portal.domain.model.unit.UnitId;

/** Stored report requests. Each method runs in the caller's transaction. */
public interface ReportRepository {
    Report add(Report queued);

    Optional<Report> find(ReportId id);

    /**
     * Newest first, at most {@code limit}.
     *
     * @param visibleUnits the reports of these units only (sector-wide ones left out); null for all
     */
    List<Report> list(Set<UnitId> visibleUnits, int limit);

    void start(ReportId id, Instant at);

    void progress(ReportId id, int percent);

    void finish(ReportId id, Report.StoredContent content, BuiltFrom builtFrom, Instant at);

    void fail(ReportId id, String reason, Instant at);

    /** Fails every queued or running report (a restart ended its job); returns how many. */
    int failUnfinished(String reason, Instant at);
}
