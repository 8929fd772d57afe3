package vn.gov.moh.soc.portal.infrastructure.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import vn.gov.moh.soc.portal.domain.model.report.BuiltFrom;
import vn.gov.moh.soc.portal.domain.model.report.Report;
import vn.gov.moh.soc.portal.domain.model.report.ReportFormat;
import vn.gov.moh.soc.portal.domain.model.report.ReportId;
import vn.gov.moh.soc.portal.domain.model.report.ReportKind;
import vn.gov.moh.soc.portal.domain.model.report.ReportScope;
import vn.gov.moh.soc.portal.domain.model.report.ReportStatus;
import vn.gov.moh.soc.portal.domain.model.system.SystemId;
import vn.gov.moh.soc.portal.domain.model.unit.UnitId;

/** A report request (V70); its state changes through its own methods, so EclipseLink sees them. */
@Entity
@Table(name = "report")
public class ReportEntity {
    @Id
    @SequenceGenerator(name = "report_seq", sequenceName = "report_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "report_seq")
    private Long id;
    @Column(nullable = false)
    private String kind;
    @Column(nullable = false)
    private String format;
    @Column(name = "scope_unit")
    private String scopeUnit;
    @Column(name = "scope_system")
    private Long scopeSystem;
    @Column(name = "scope_year")
    private Integer scopeYear;
    @Column(name = "visible_unit")
    private String visibleUnit;
    @Column(name = "requested_by", nullable = false)
    private String requestedBy;
    @Column(name = "requested_at", nullable = false)
    private OffsetDateTime requestedAt;
    @Column(nullable = false)
    private String status;
    @Column(nullable = false)
    private int progress;
    @Column(name = "failure_reason")
    private String failureReason;
    @Column(name = "started_at")
    private OffsetDateTime startedAt;
    @Column(name = "finished_at")
    private OffsetDateTime finishedAt;
    @Column(name = "content_type")
    private String contentType;
    @Column(name = "file_name")
    private String fileName;
    @Column(name = "size_bytes")
    private Long sizeBytes;
    private String sha256;
    @Column(name = "data_as_of")
    private OffsetDateTime dataAsOf;
    @Column(name = "unit_count")
    private Integer unitCount;
    @Column(name = "system_count")
    private Integer systemCount;
    @Column(name = "dossier_count")
    private Integer dossierCount;
    @Column(name = "drill_count")
    private Integer drillCount;
    @Column(name = "built_from")
    private String builtFrom;
    @Version
    private long version;

    static ReportEntity of(Report r) {
        ReportEntity e = new ReportEntity();
        e.kind = r.scope().kind().name();
        e.format = r.format().name();
        e.scopeUnit = r.scope().unit() == null ? null : r.scope().unit().value();
        e.scopeSystem = r.scope().system() == null ? null : r.scope().system().value();
        e.scopeYear = r.scope().year();
        e.visibleUnit = r.visibleUnit() == null ? null : r.visibleUnit().value();
        e.requestedBy = r.requestedBy();
        e.requestedAt = at(r.requestedAt());
        e.status = r.status().name();
        e.progress = r.progress();
        return e;
    }

    long id() {
        return id;
    }

    void start(Instant when) {
        status = ReportStatus.RUNNING.name();
        startedAt = at(when);
    }

    void progress(int percent) {
        progress = Math.max(progress, percent);
    }

    void finish(Report.StoredContent c, BuiltFrom from, Instant when) {
        status = ReportStatus.DONE.name();
        progress = 100;
        finishedAt = at(when);
        contentType = c.contentType();
        fileName = c.fileName();
        sizeBytes = c.size();
        sha256 = c.sha256();
        dataAsOf = at(from.dataAsOf());
        unitCount = from.units();
        systemCount = from.systems();
        dossierCount = from.dossiers();
        drillCount = from.drills();
        builtFrom = from.describe();
    }

    void fail(String reason, Instant when) {
        status = ReportStatus.FAILED.name();
        failureReason = reason.length() > 2000 ? reason.substring(0, 1997) + "..." : reason;
        finishedAt = at(when);
    }

    Report toDomain() {
        ReportScope scope = new ReportScope(ReportKind.valueOf(kind), scopeUnit == null ? null : UnitId.of(scopeUnit),
                scopeSystem == null ? null : new SystemId(scopeSystem), scopeYear);
        ReportStatus s = ReportStatus.valueOf(status);
        Report.StoredContent content = s == ReportStatus.DONE ? new Report.StoredContent(contentType, fileName, sizeBytes, sha256) : null;
        BuiltFrom from = s == ReportStatus.DONE
                ? new BuiltFrom(dataAsOf.toInstant(), unitCount, systemCount, dossierCount, drillCount) : null;
        return new Report(new ReportId(id), scope, ReportFormat.valueOf(format), visibleUnit == null ? null : UnitId.of(visibleUnit),
                requestedBy, requestedAt.toInstant(), s, progress, failureReason, startedAt == null ? null : startedAt.toInstant(),
                finishedAt == null ? null : finishedAt.toInstant(), content, from);
    }

    private static OffsetDateTime at(Instant i) {
        return i == null ? null : i.atOffset(ZoneOffset.UTC);
    }
}
