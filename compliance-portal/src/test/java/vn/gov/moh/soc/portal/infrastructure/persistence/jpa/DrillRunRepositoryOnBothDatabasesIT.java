package vn.gov.moh.soc.portal.infrastructure.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.moh.soc.portal.infrastructure.persistence.jpa.RepositoriesOnBothDatabasesIT.inTransaction;
import static vn.gov.moh.soc.portal.infrastructure.persistence.jpa.RepositoriesOnBothDatabasesIT.store;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.gov.moh.soc.portal.domain.model.drill.Drill;
import vn.gov.moh.soc.portal.domain.model.drill.DrillScope;
import vn.gov.moh.soc.portal.domain.model.drill.Scenario;
import vn.gov.moh.soc.portal.domain.model.drill.run.DrillPlay;
import vn.gov.moh.soc.portal.domain.model.drill.run.DrillRun;
import vn.gov.moh.soc.portal.domain.model.drill.run.DrillRunId;
import vn.gov.moh.soc.portal.domain.model.unit.UnitId;
import vn.gov.moh.soc.portal.infrastructure.persistence.jpa.RepositoriesOnBothDatabasesIT.Database;
import vn.gov.moh.soc.portal.infrastructure.persistence.jpa.RepositoriesOnBothDatabasesIT.Store;
import vn.gov.moh.soc.testkit.PostgresEndpoint;
import vn.gov.moh.soc.testkit.RealStack;

/**
 * Migration V91 and {@link JpaDrillRunRepository} on H2 and PostgreSQL, on the databases
 * {@link RepositoriesOnBothDatabasesIT} migrates (which also compares both schemas, V91 included):
 * a run saved with its steps, replaced as {@code DrillRunRecords} replaces it (a step injected, the
 * injection failed), read back equal, and the runs of a drill listed oldest first without another
 * drill's. Each test works under drills of its own.
 */
@RealStack
class DrillRunRepositoryOnBothDatabasesIT {
    /** Millisecond instants: both databases keep microseconds. */
    private static final Instant T0 = Instant.parse("2026-11-20T02:00:00.123Z");
    private static final UnitId BACH_MAI = UnitId.of("bv-bach-mai");

    @AfterAll
    static void close() {
        RepositoriesOnBothDatabasesIT.close();
    }

    private static Drill drill(Store store, String title) {
        return inTransaction(store, em -> new JpaDrillRepository(em).save(new Drill(null, 2026, BACH_MAI, DrillScope.UNIT, title,
                List.of(new Scenario("Dò mật khẩu SSH", null)), Set.of(), LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 21), null)));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Database.class)
    void aRunIsStoredWithItsStepsReplacedStepByStepAndListedByDrill(Database database, PostgresEndpoint postgres) {
        Store store = store(database, postgres);
        String name = "run-" + Long.toString(System.nanoTime(), 36);
        Drill drill = drill(store, "Diễn tập " + name);
        Drill other = drill(store, "Diễn tập khác " + name);
        DrillRun started = DrillRun.start(drill.id(), BACH_MAI, "officer.bachmai", T0, Duration.ofSeconds(300),
                List.of(DrillPlay.SSH_BRUTE_FORCE, DrillPlay.SQL_INJECTION, DrillPlay.QUIET_EXFILTRATION));

        DrillRun saved = inTransaction(store, em -> new JpaDrillRunRepository(em).save(started));
        assertThat(saved.id()).isNotNull();
        assertThat(saved).isEqualTo(started.withId(saved.id()));
        assertThat(saved.mark()).isEqualTo("drill-run-" + saved.id().value());

        // As DrillRunRecords does: each change a save of the run read again.
        Instant first = T0.plusSeconds(5).plusMillis(456);
        inTransaction(store, em -> {
            JpaDrillRunRepository repo = new JpaDrillRunRepository(em);
            return repo.save(repo.find(saved.id()).orElseThrow().injected(1, first));
        });
        DrillRun injected = inTransaction(store, em -> new JpaDrillRunRepository(em).find(saved.id()).orElseThrow());
        assertThat(injected.steps().get(0).injectedAt()).isEqualTo(first);
        assertThat(injected.steps().get(1).injectedAt()).isNull();
        assertThat(injected.steps().get(0).expectedRules()).isEqualTo(DrillPlay.SSH_BRUTE_FORCE.expectedRules());
        assertThat(injected.steps().get(2).expectedRules()).as("meant to go undetected").isEmpty();
        assertThat(injected.startedAt()).isEqualTo(T0);
        assertThat(injected.detectionWait()).isEqualTo(Duration.ofSeconds(300));

        String reason = "drill drill-run-" + saved.id().value() + " step 2: the agent exited with 1 — không gửi được tới Kafka";
        inTransaction(store, em -> {
            JpaDrillRunRepository repo = new JpaDrillRunRepository(em);
            return repo.save(repo.find(saved.id()).orElseThrow().failed(reason));
        });
        DrillRun failed = inTransaction(store, em -> new JpaDrillRunRepository(em).find(saved.id()).orElseThrow());
        assertThat(failed).isEqualTo(injected.failed(reason));

        DrillRun second = inTransaction(store, em -> new JpaDrillRunRepository(em).save(DrillRun.start(drill.id(), BACH_MAI, "analyst",
                T0.plusSeconds(600), Duration.ofHours(24), List.of(DrillPlay.EHR_SNOOPING))));
        DrillRun elsewhere = inTransaction(store, em -> new JpaDrillRunRepository(em).save(DrillRun.start(other.id(), BACH_MAI, "admin",
                T0, Duration.ofSeconds(10), List.of(DrillPlay.SSH_BRUTE_FORCE))));
        List<DrillRun> runs = inTransaction(store, em -> new JpaDrillRunRepository(em).ofDrill(drill.id()));
        assertThat(runs).extracting(DrillRun::id).containsExactly(saved.id(), second.id());
        assertThat(runs.get(0)).isEqualTo(failed);
        assertThat(runs.get(1).detectionWait()).isEqualTo(Duration.ofHours(24));
        List<DrillRun> ofOther = inTransaction(store, em -> new JpaDrillRunRepository(em).ofDrill(other.id()));
        assertThat(ofOther).containsExactly(elsewhere);
        java.util.Optional<DrillRun> none = inTransaction(store, em -> new JpaDrillRunRepository(em)
                .find(new DrillRunId(elsewhere.id().value() + 1_000_000)));
        assertThat(none).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Database.class)
    void twentyStepsAndALongFailureFitTheRow(Database database, PostgresEndpoint postgres) {
        Store store = store(database, postgres);
        Drill drill = drill(store, "Diễn tập dài " + Long.toString(System.nanoTime(), 36));
        List<DrillPlay> plays = java.util.stream.IntStream.range(0, 20).mapToObj(i -> DrillPlay.values()[i % DrillPlay.values().length])
                .toList();
        DrillRun run = DrillRun.start(drill.id(), BACH_MAI, "officer.bachmai", T0, Duration.ofSeconds(60), plays);
        for (int i = 1; i <= 20; i++) {
            run = run.injected(i, T0.plusSeconds(i));
        }
        DrillRun full = run.failed("x".repeat(5000)); // kept to its first 2000 characters
        DrillRun saved = inTransaction(store, em -> new JpaDrillRunRepository(em).save(full));
        DrillRun read = inTransaction(store, em -> new JpaDrillRunRepository(em).find(saved.id()).orElseThrow());
        assertThat(read).isEqualTo(full.withId(saved.id()));
        assertThat(read.failure()).hasSize(2000);
        assertThat(read.steps()).hasSize(20).allSatisfy(s -> assertThat(s.injectedAt()).isEqualTo(T0.plusSeconds(s.number())));
    }
}
