package vn.gov.moh.soc.portal.infrastructure.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.moh.soc.portal.infrastructure.persistence.jpa.RepositoriesOnBothDatabasesIT.inTransaction;
import static vn.gov.moh.soc.portal.infrastructure.persistence.jpa.RepositoriesOnBothDatabasesIT.store;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.gov.moh.soc.portal.domain.model.report.BuiltFrom;
import vn.gov.moh.soc.portal.domain.model.report.Report;
import vn.gov.moh.soc.portal.domain.model.report.ReportFormat;
import vn.gov.moh.soc.portal.domain.model.report.ReportKind;
import vn.gov.moh.soc.portal.domain.model.report.ReportScope;
import vn.gov.moh.soc.portal.domain.model.report.ReportStatus;
import vn.gov.moh.soc.portal.domain.model.system.SystemId;
import vn.gov.moh.soc.portal.domain.model.unit.UnitId;
import vn.gov.moh.soc.portal.infrastructure.persistence.jpa.RepositoriesOnBothDatabasesIT.Database;
import vn.gov.moh.soc.portal.infrastructure.persistence.jpa.RepositoriesOnBothDatabasesIT.Store;
import vn.gov.moh.soc.testkit.PostgresEndpoint;
import vn.gov.moh.soc.testkit.RealStack;

/**
 * Migration V70 and {@link JpaReportRepository} on H2 and PostgreSQL, on the databases
 * {@link RepositoriesOnBothDatabasesIT} migrates (which also compares both schemas, V70 included):
 * a report from queued to done and to failed, the list by visible unit, interrupted reports failed.
 */
@RealStack
class ReportRepositoryOnBothDatabasesIT {
    private static final Instant T0 = Instant.parse("2026-12-01T03:00:00.123Z");
    private static final String SHA = "ab".repeat(32);

    @AfterAll
    static void close() {
        RepositoriesOnBothDatabasesIT.close();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Database.class)
    void aReportGoesFromQueuedToDoneOrFailedAndIsListedToItsUnitsReaders(Database database, PostgresEndpoint postgres) {
        Store store = store(database, postgres);
        String unit = "r-" + Long.toString(System.nanoTime(), 36);
        Report done = inTransaction(store, em -> new JpaReportRepository(em).add(Report.request(
                new ReportScope(ReportKind.SYSTEM_DOSSIER, null, new SystemId(42), null), ReportFormat.PDF, UnitId.of(unit), "officer", T0)));
        Report failed = inTransaction(store, em -> new JpaReportRepository(em).add(Report.request(
                new ReportScope(ReportKind.UNIT_COMPLIANCE, UnitId.of(unit), null, null), ReportFormat.CSV, UnitId.of(unit), "auditor", T0)));
        Report sector = inTransaction(store, em -> new JpaReportRepository(em).add(Report.request(
                new ReportScope(ReportKind.ANNUAL_DRILLS, null, null, 2026), ReportFormat.CSV, null, "auditor", T0)));
        assertThat(done.status()).isEqualTo(ReportStatus.QUEUED);
        assertThat(done.requestedAt()).isEqualTo(T0);

        BuiltFrom from = new BuiltFrom(T0.plusSeconds(1), 3, 7, 2, 0);
        inTransaction(store, em -> {
            JpaReportRepository repo = new JpaReportRepository(em);
            repo.start(done.id(), T0.plusSeconds(1));
            repo.progress(done.id(), 40);
            repo.progress(done.id(), 30); // progress never goes back
            return null;
        });
        Report running = inTransaction(store, em -> new JpaReportRepository(em).find(done.id()).orElseThrow());
        assertThat(running.status()).isEqualTo(ReportStatus.RUNNING);
        assertThat(running.progress()).isEqualTo(40);
        inTransaction(store, em -> {
            JpaReportRepository repo = new JpaReportRepository(em);
            repo.finish(done.id(), new Report.StoredContent("application/pdf", "tom-tat-ho-so-he-thong-42-1.pdf", 1234, SHA), from, T0.plusSeconds(2));
            repo.fail(failed.id(), "the report font /x.ttf is missing", T0.plusSeconds(3));
            return null;
        });
        Report read = inTransaction(store, em -> new JpaReportRepository(em).find(done.id()).orElseThrow());
        assertThat(read.status()).isEqualTo(ReportStatus.DONE);
        assertThat(read.progress()).isEqualTo(100);
        assertThat(read.scope()).isEqualTo(done.scope());
        assertThat(read.content()).isEqualTo(new Report.StoredContent("application/pdf", "tom-tat-ho-so-he-thong-42-1.pdf", 1234, SHA));
        assertThat(read.builtFrom()).isEqualTo(from);
        assertThat(read.finishedAt()).isEqualTo(T0.plusSeconds(2));
        Report whyNot = inTransaction(store, em -> new JpaReportRepository(em).find(failed.id()).orElseThrow());
        assertThat(whyNot.status()).isEqualTo(ReportStatus.FAILED);
        assertThat(whyNot.failureReason()).contains("the report font /x.ttf is missing");
        assertThat(whyNot.content()).isNull();

        List<Report> ofUnit = inTransaction(store, em -> new JpaReportRepository(em).list(Set.of(UnitId.of(unit)), 200));
        assertThat(ofUnit).extracting(Report::id).containsExactly(failed.id(), done.id());
        List<Report> all = inTransaction(store, em -> new JpaReportRepository(em).list(null, 200));
        assertThat(all).extracting(Report::id).contains(sector.id(), failed.id(), done.id());
        List<Report> ofNoUnit = inTransaction(store, em -> new JpaReportRepository(em).list(Set.of(), 200));
        assertThat(ofNoUnit).isEmpty();

        int interrupted = inTransaction(store, em -> new JpaReportRepository(em).failUnfinished("restarted", T0.plusSeconds(9)));
        assertThat(interrupted).isGreaterThanOrEqualTo(1);
        Report s = inTransaction(store, em -> new JpaReportRepository(em).find(sector.id()).orElseThrow());
        assertThat(s.status()).isEqualTo(ReportStatus.FAILED);
        assertThat(s.failureReason()).contains("restarted");
        Report stillDone = inTransaction(store, em -> new JpaReportRepository(em).find(done.id()).orElseThrow());
        assertThat(stillDone.status()).isEqualTo(ReportStatus.DONE);
    }
}
