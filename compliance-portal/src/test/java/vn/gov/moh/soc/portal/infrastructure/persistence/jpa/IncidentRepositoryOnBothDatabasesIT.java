package vn.gov.moh.soc.portal.infrastructure.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.gov.moh.soc.portal.infrastructure.persistence.jpa.RepositoriesOnBothDatabasesIT.inTransaction;
import static vn.gov.moh.soc.portal.infrastructure.persistence.jpa.RepositoriesOnBothDatabasesIT.store;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.gov.moh.soc.portal.domain.model.alert.AlertSummary;
import vn.gov.moh.soc.portal.domain.model.incident.Incident;
import vn.gov.moh.soc.portal.domain.model.incident.IncidentPriority;
import vn.gov.moh.soc.portal.domain.model.incident.IncidentReference;
import vn.gov.moh.soc.portal.domain.model.incident.IncidentStatus;
import vn.gov.moh.soc.portal.domain.model.incident.Observable;
import vn.gov.moh.soc.portal.domain.model.incident.ObservableType;
import vn.gov.moh.soc.portal.domain.model.incident.ReportingRule;
import vn.gov.moh.soc.portal.domain.model.incident.ResponseDeadline;
import vn.gov.moh.soc.portal.domain.model.incident.ResponseDeadlineTable;
import vn.gov.moh.soc.portal.domain.model.incident.Severity;
import vn.gov.moh.soc.portal.domain.model.incident.TimelineEntry;
import vn.gov.moh.soc.portal.domain.model.unit.UnitId;
import vn.gov.moh.soc.portal.infrastructure.persistence.jpa.RepositoriesOnBothDatabasesIT.Database;
import vn.gov.moh.soc.portal.infrastructure.persistence.jpa.RepositoriesOnBothDatabasesIT.Store;
import vn.gov.moh.soc.testkit.PostgresEndpoint;
import vn.gov.moh.soc.testkit.RealStack;

/**
 * Migrations V40–V43 and {@link JpaIncidentRepository} on H2 and PostgreSQL, on the databases
 * {@link RepositoriesOnBothDatabasesIT} migrates (that class also compares both schemas column by
 * column, V40–V43 included). Each test uses its own year of references and its own alert ids.
 */
@RealStack
class IncidentRepositoryOnBothDatabasesIT {
    private static final Instant T0 = Instant.parse("2026-11-30T03:00:00.123Z");

    @AfterAll
    static void close() {
        RepositoriesOnBothDatabasesIT.close();
    }

    private static AlertSummary alert(String id, String unit) {
        return new AlertSummary(id, Instant.parse("2026-11-30T01:00:00.456Z"), "r1", "SSH brute force", "high", "P2", "open",
                List.of("his-web-1"), List.of("10.1.0.5"), List.of("203.0.113.9"), List.of("root"), List.of(unit), List.of("system-4"),
                List.of("HIS"), 3, List.of("credential_access"), List.of("T1110"), null, 12, List.of("e1"));
    }

    private static int year() {
        // A year of its own per test and run: references are unique per year.
        return 2100 + (int) (Math.abs(UUID.randomUUID().getLeastSignificantBits()) % 800);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Database.class)
    void anIncidentIsSavedWholeAndItsTimelineOnlyGrows(Database database, PostgresEndpoint postgres) {
        Store store = store(database, postgres);
        int year = year();
        String alertId = "alert-" + UUID.randomUUID();
        Incident saved = inTransaction(store, em -> {
            JpaIncidentRepository repo = new JpaIncidentRepository(em);
            IncidentReference ref = repo.nextReference(year);
            return repo.save(Incident.open(ref, "SSH brute force 100% _on_ HIS", "Nhiều lần đăng nhập thất bại", Severity.HIGH,
                    IncidentPriority.P2, List.of(alert(alertId, "bv-bach-mai")), "analyst", T0));
        });
        assertThat(saved.reference()).isEqualTo(new IncidentReference(year, 1));

        Incident read = inTransaction(store, em -> new JpaIncidentRepository(em).find(saved.id()).orElseThrow());
        assertThat(read.title()).isEqualTo("SSH brute force 100% _on_ HIS");
        assertThat(read.description()).isEqualTo("Nhiều lần đăng nhập thất bại");
        assertThat(read.createdAt()).isEqualTo(T0);
        assertThat(read.detectedAt()).isEqualTo(Instant.parse("2026-11-30T01:00:00.456Z"));
        assertThat(read.alerts()).isEqualTo(saved.alerts());
        assertThat(read.observables()).isEqualTo(saved.observables());
        assertThat(read.unitsInOrder()).containsExactly(UnitId.of("bv-bach-mai"));
        assertThat(read.timeline()).isEqualTo(saved.timeline());

        inTransaction(store, em -> {
            JpaIncidentRepository repo = new JpaIncidentRepository(em);
            Incident i = repo.find(saved.id()).orElseThrow();
            i.moveTo(IncidentStatus.CONTAINMENT, "analyst", T0.plusSeconds(60));
            i.comment("Đã cô lập máy chủ.", "officer.bachmai", T0.plusSeconds(61));
            i.addObservable(new Observable(ObservableType.HASH, "ab".repeat(32), "tool"), "analyst", T0.plusSeconds(62));
            i.addTask("Reset passwords", "helpdesk", T0.plusSeconds(3600), "analyst", T0.plusSeconds(63));
            i.comment("Second comment.", "analyst", T0.plusSeconds(64));
            return repo.save(i);
        });
        Incident after = inTransaction(store, em -> new JpaIncidentRepository(em).find(saved.id()).orElseThrow());
        assertThat(after.status()).isEqualTo(IncidentStatus.CONTAINMENT);
        assertThat(after.respondedAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(after.timeline()).startsWith(saved.timeline().toArray(TimelineEntry[]::new)).hasSize(saved.timeline().size() + 5);
        assertThat(after.comments()).extracting(c -> c.by() + ": " + c.text())
                .containsExactly("officer.bachmai: Đã cô lập máy chủ.", "analyst: Second comment.");
        assertThat(after.tasks()).singleElement().satisfies(t -> assertThat(t.due()).isEqualTo(T0.plusSeconds(3600)));
        assertThat(after.observables()).anySatisfy(o -> assertThat(o.hashAlgorithm()).isEqualTo("SHA-256"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Database.class)
    void referencesCountPerYearAndAnAlertBelongsToOneIncident(Database database, PostgresEndpoint postgres) {
        Store store = store(database, postgres);
        int year = year();
        String shared = "alert-" + UUID.randomUUID();
        List<IncidentReference> refs = inTransaction(store, em -> {
            JpaIncidentRepository repo = new JpaIncidentRepository(em);
            return List.of(repo.nextReference(year), repo.nextReference(year), repo.nextReference(year + 1));
        });
        assertThat(refs).containsExactly(new IncidentReference(year, 1), new IncidentReference(year, 2), new IncidentReference(year + 1, 1));
        IncidentReference third = inTransaction(store, em -> new JpaIncidentRepository(em).nextReference(year));
        assertThat(third.number()).as("a committed number is not given again").isEqualTo(3);

        Incident first = inTransaction(store, em -> new JpaIncidentRepository(em).save(Incident.open(third, "first", null,
                Severity.LOW, IncidentPriority.P4, List.of(alert(shared, "bv-xanh-pon")), "analyst", T0)));
        Map<String, IncidentReference> owners = inTransaction(store,
                em -> new JpaIncidentRepository(em).incidentsOfAlerts(List.of(shared, "nothing-" + UUID.randomUUID())));
        assertThat(owners).containsOnlyKeys(shared).containsEntry(shared, first.reference());
        assertThatThrownBy(() -> inTransaction(store, em -> new JpaIncidentRepository(em).save(Incident.open(
                new IncidentReference(year, 4), "second", null, Severity.LOW, IncidentPriority.P4, List.of(alert(shared, "bv-xanh-pon")),
                "analyst", T0)))).as("the key of incident_alert").isInstanceOf(RuntimeException.class);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Database.class)
    void theListIsFilteredByUnitStatusSeverityAndTextWithWildcardsTakenLiterally(Database database, PostgresEndpoint postgres) {
        Store store = store(database, postgres);
        int year = year();
        String tag = "t" + UUID.randomUUID().toString().substring(0, 8);
        inTransaction(store, em -> {
            JpaIncidentRepository repo = new JpaIncidentRepository(em);
            repo.save(Incident.open(repo.nextReference(year), tag + " 100% HIS", null, Severity.CRITICAL, IncidentPriority.P1,
                    List.of(alert("a-" + UUID.randomUUID(), "bv-bach-mai")), "analyst", T0));
            repo.save(Incident.open(repo.nextReference(year), tag + " 100 PACS", null, Severity.LOW, IncidentPriority.P4,
                    List.of(alert("a-" + UUID.randomUUID(), "bv-xanh-pon")), "analyst", T0.plusSeconds(1)));
            return null;
        });
        List<Incident> all = search(store, null, null, null, tag);
        assertThat(all).extracting(Incident::title).containsExactlyInAnyOrder(tag + " 100% HIS", tag + " 100 PACS");
        assertThat(search(store, Set.of(UnitId.of("bv-xanh-pon")), null, null, tag))
                .extracting(Incident::title).containsExactly(tag + " 100 PACS");
        assertThat(search(store, null, IncidentStatus.NEW, Severity.CRITICAL, tag))
                .extracting(Incident::title).containsExactly(tag + " 100% HIS");
        assertThat(search(store, null, null, null, tag + " 100%"))
                .as("% is a character, not a wildcard").extracting(Incident::title).containsExactly(tag + " 100% HIS");
        assertThat(search(store, Set.of(), null, null, tag)).isEmpty();
        String reference = all.get(0).reference().toString();
        assertThat(search(store, null, null, null, reference.toLowerCase()))
                .extracting(i -> i.reference().toString()).containsExactly(reference);
    }

    private static List<Incident> search(Store store, Set<UnitId> units, IncidentStatus status, Severity severity, String text) {
        return inTransaction(store, em -> new JpaIncidentRepository(em).search(units, status, severity, text, 100));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Database.class)
    void theDeadlineTableAndTheReportingRuleComeSeededAndARowIsEdited(Database database, PostgresEndpoint postgres) {
        Store store = store(database, postgres);
        ResponseDeadlineTable table = inTransaction(store, em -> new JpaIncidentRepository(em).deadlines());
        assertThat(table.rows()).hasSize(24);
        assertThat(table.find(Severity.CRITICAL, 4).timeToRespond()).isEqualTo(Duration.ofMinutes(15));
        assertThat(table.find(Severity.LOW, 1).timeToResolve()).isEqualTo(Duration.ofDays(60));
        ResponseDeadline original = table.find(Severity.MEDIUM, 2);
        try {
            inTransaction(store, em -> {
                new JpaIncidentRepository(em).saveDeadline(new ResponseDeadline(Severity.MEDIUM, 2, Duration.ofMinutes(90), Duration.ofDays(4)), "admin");
                return null;
            });
            ResponseDeadlineTable edited = inTransaction(store, em -> new JpaIncidentRepository(em).deadlines());
            assertThat(edited.find(Severity.MEDIUM, 2).timeToRespond())
                    .isEqualTo(Duration.ofMinutes(90));
        } finally {
            inTransaction(store, em -> {
                new JpaIncidentRepository(em).saveDeadline(original, "migration");
                return null;
            });
        }
        List<ReportingRule> rules = inTransaction(store, em -> new JpaIncidentRepository(em).reportingRules());
        assertThat(rules).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo("TT20-2017-NOTIFY");
            assertThat(r.within()).isEqualTo(Duration.ofDays(5));
            assertThat(r.source()).isEqualTo("Thông tư 20/2017/TT-BTTTT");
            assertThat(r.recipients()).hasSize(4);
            assertThat(r.recipients().get(1).role()).isEqualTo("cơ quan điều phối quốc gia");
            assertThat(r.recipients().get(1).confirmed()).as("the agency's present name is unconfirmed").isFalse();
            assertThat(r.recipients().get(0).confirmed()).isTrue();
        });
    }
}
