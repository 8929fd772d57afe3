package vn.gov.moh.soc.portal.application.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;
import org.junit.jupiter.api.Test;
import vn.gov.moh.soc.portal.application.NotFoundException;
import vn.gov.moh.soc.portal.domain.model.report.BuiltFrom;
import vn.gov.moh.soc.portal.domain.model.report.Report;
import vn.gov.moh.soc.portal.domain.model.report.ReportContent;
import vn.gov.moh.soc.portal.domain.model.report.ReportFileStore;
import vn.gov.moh.soc.portal.domain.model.report.ReportFormat;
import vn.gov.moh.soc.portal.domain.model.report.ReportId;
import vn.gov.moh.soc.portal.domain.model.report.ReportKind;
import vn.gov.moh.soc.portal.domain.model.report.ReportRenderer;
import vn.gov.moh.soc.portal.domain.model.report.ReportScope;
import vn.gov.moh.soc.portal.domain.model.report.ReportStatus;
import vn.gov.moh.soc.portal.domain.model.system.SystemId;
import vn.gov.moh.soc.portal.domain.model.unit.UnitId;

/** One report job with its collaborators replaced: what it stores when it succeeds and when something fails. */
class ReportJobsTest {
    private static final Instant NOW = Instant.parse("2026-12-01T03:00:00Z");
    private static final ReportId ID = new ReportId(101);
    private static final ReportContent.Table TABLE = new ReportContent.Table(List.of(new ReportContent.Column("a", "A", 1)), List.of(List.of("1")));
    private static final ReportContent CONTENT = new ReportContent("Báo cáo", List.of(), List.of(new ReportContent.Section("I", List.of(), TABLE)), TABLE);

    /** The row's changes, in order. */
    private static final class Records extends ReportRecords {
        final Report report;
        final List<String> changes = new ArrayList<>();
        Report.StoredContent finished;
        BuiltFrom builtFrom;

        Records(Report report) {
            this.report = report;
        }

        @Override
        public Optional<Report> find(ReportId id) {
            return Optional.of(report);
        }

        @Override
        public void start(ReportId id) {
            changes.add("start");
        }

        @Override
        public void progress(ReportId id, int percent) {
            changes.add("progress " + percent);
        }

        @Override
        public void finish(ReportId id, Report.StoredContent content, BuiltFrom from) {
            changes.add("finish");
            finished = content;
            builtFrom = from;
        }

        @Override
        public void fail(ReportId id, String reason) {
            changes.add("fail: " + reason);
        }

        @Override
        Instant now() {
            return NOW;
        }
    }

    private static final class Files implements ReportFileStore {
        final List<String> kept = new ArrayList<>();

        @Override
        public void keep(Report.StoredContent content, byte[] bytes) {
            kept.add(content.sha256() + " " + new String(bytes, StandardCharsets.UTF_8));
        }

        @Override
        public byte[] read(Report.StoredContent content) {
            throw new UnsupportedOperationException();
        }
    }

    private static Report queued(ReportScope scope, ReportFormat format) {
        Report r = Report.request(scope, format, UnitId.of("bv-bach-mai"), "auditor", NOW.minusSeconds(1));
        return new Report(ID, r.scope(), r.format(), r.visibleUnit(), r.requestedBy(), r.requestedAt(), ReportStatus.QUEUED, 0, null, null, null,
                null, null);
    }

    private static Records run(Report report, RuntimeException fromSources, ReportRenderer renderer, Files files) {
        Records records = new Records(report);
        ReportJobs jobs = new ReportJobs() {
            @Override
            ReportRenderer rendererFor(ReportFormat format) {
                return renderer;
            }
        };
        jobs.records = records;
        jobs.files = files;
        jobs.sources = new ReportSources() {
            @Override
            public Built build(Report r, Instant asOf, IntConsumer progress) {
                assertThat(asOf).isEqualTo(NOW);
                progress.accept(50);
                progress.accept(100);
                if (fromSources != null) {
                    throw fromSources;
                }
                return new Built(CONTENT, new BuiltFrom(asOf, 2, 3, 1, 0));
            }
        };
        jobs.build(ID);
        return records;
    }

    private static ReportRenderer renderer(ReportFormat format, RuntimeException failure) {
        return new ReportRenderer() {
            @Override
            public ReportFormat format() {
                return format;
            }

            @Override
            public byte[] render(ReportContent content) {
                if (failure != null) {
                    throw failure;
                }
                return "a;b\r\n".getBytes(StandardCharsets.UTF_8);
            }
        };
    }

    @Test
    void aBuiltReportIsKeptByItsSha256AndMarkedDoneWithWhatItWasBuiltFrom() {
        Files files = new Files();
        Records r = run(queued(new ReportScope(ReportKind.UNIT_COMPLIANCE, UnitId.of("bv-bach-mai"), null, null), ReportFormat.CSV), null,
                renderer(ReportFormat.CSV, null), files);
        String sha = Report.StoredContent.sha256("a;b\r\n".getBytes(StandardCharsets.UTF_8));
        assertThat(r.changes).containsExactly("start", "progress 45", "progress 90", "progress 95", "finish");
        assertThat(files.kept).containsExactly(sha + " a;b\r\n");
        assertThat(r.finished).isEqualTo(new Report.StoredContent("text/csv; charset=UTF-8", "bao-cao-don-vi-bv-bach-mai-101.csv", 5, sha));
        assertThat(r.builtFrom).isEqualTo(new BuiltFrom(NOW, 2, 3, 1, 0));
    }

    @Test
    void aScopeThatVanishedFailsTheReportNamingIt() {
        Files files = new Files();
        Records r = run(queued(new ReportScope(ReportKind.SYSTEM_DOSSIER, null, new SystemId(5), null), ReportFormat.PDF),
                new NotFoundException("no system 5"), renderer(ReportFormat.PDF, null), files);
        assertThat(r.changes).containsExactly("start", "progress 45", "progress 90", "fail: no system 5");
        assertThat(files.kept).isEmpty();
    }

    @Test
    void aMissingFontFailsTheReportWithTheRenderersReason() {
        String why = "the report font /usr/share/fonts/x.ttf is missing: set portal.reports.font to a TrueType font";
        Records r = run(queued(new ReportScope(ReportKind.SECTOR_COMPLIANCE, null, null, null), ReportFormat.PDF), null,
                renderer(ReportFormat.PDF, new ReportRenderer.ReportRenderingException(why, null)), new Files());
        assertThat(r.changes).last().isEqualTo("fail: " + why);
        assertThat(r.changes).doesNotContain("finish");
    }

    @Test
    void anUnexpectedFailureIsStoredWithItsType() {
        Records r = run(queued(new ReportScope(ReportKind.ANNUAL_DRILLS, null, null, 2025), ReportFormat.CSV),
                new IllegalStateException("database gone"), renderer(ReportFormat.CSV, null), new Files());
        assertThat(r.changes).last().isEqualTo("fail: IllegalStateException: database gone");
    }

    @Test
    void fileNamesAreAsciiWithKindScopeAndId() {
        assertThat(ReportJobs.fileName(queued(new ReportScope(ReportKind.SECTOR_COMPLIANCE, null, null, null), ReportFormat.PDF)))
                .isEqualTo("bao-cao-toan-nganh-101.pdf");
        assertThat(ReportJobs.fileName(queued(new ReportScope(ReportKind.SYSTEM_DOSSIER, null, new SystemId(7), null), ReportFormat.CSV)))
                .isEqualTo("tom-tat-ho-so-he-thong-7-101.csv");
        assertThat(ReportJobs.fileName(queued(new ReportScope(ReportKind.ANNUAL_DRILLS, null, null, 2025), ReportFormat.PDF)))
                .isEqualTo("bao-cao-dien-tap-2025-101.pdf");
    }
}
