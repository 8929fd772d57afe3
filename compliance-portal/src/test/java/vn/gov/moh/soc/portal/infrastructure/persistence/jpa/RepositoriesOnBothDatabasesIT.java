package vn.gov.moh.soc.portal.infrastructure.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.gov.moh.soc.core.asset.SecurityLevel;
import vn.gov.moh.soc.portal.domain.model.audit.ChainVerification;
import vn.gov.moh.soc.portal.domain.model.coverage.AgentHeartbeat;
import vn.gov.moh.soc.portal.domain.model.level.LevelDetermination;
import vn.gov.moh.soc.portal.domain.model.level.LevelProposal;
import vn.gov.moh.soc.portal.domain.model.level.LevelProposalRepository.StoredProposal;
import vn.gov.moh.soc.portal.domain.model.level.LevelRules;
import vn.gov.moh.soc.portal.domain.model.system.ClassificationProfile;
import vn.gov.moh.soc.portal.domain.model.system.InformationCategory;
import vn.gov.moh.soc.portal.domain.model.system.InformationProcessed;
import vn.gov.moh.soc.portal.domain.model.system.InformationSystem;
import vn.gov.moh.soc.portal.domain.model.system.NetworkAddress;
import vn.gov.moh.soc.portal.domain.model.system.OnlinePublicService;
import vn.gov.moh.soc.portal.domain.model.system.StateSecretGrade;
import vn.gov.moh.soc.portal.domain.model.system.SystemComponent;
import vn.gov.moh.soc.portal.domain.model.system.SystemId;
import vn.gov.moh.soc.portal.domain.model.system.SystemPage;
import vn.gov.moh.soc.portal.domain.model.system.SystemQuery;
import vn.gov.moh.soc.portal.domain.model.unit.Unit;
import vn.gov.moh.soc.portal.domain.model.unit.UnitId;
import vn.gov.moh.soc.portal.domain.model.unit.UnitKind;
import vn.gov.moh.soc.stack.part.Distributions;
import vn.gov.moh.soc.testkit.PostgresEndpoint;
import vn.gov.moh.soc.testkit.RealStack;

/**
 * The Flyway migrations and every JPA repository on both databases the portal supports: H2 in a
 * file (the embedded default) and PostgreSQL (production, the test kit's server), with the
 * portal's own persistence unit on EclipseLink, the provider inside Payara Micro. Each database is
 * migrated from scratch once for the class; every test leaves data only under its own names.
 */
@RealStack
class RepositoriesOnBothDatabasesIT {
    /** The databases the portal runs on. */
    enum Database { H2, POSTGRESQL }

    record Store(String url, String user, String password, Map<String, Object> properties, EntityManagerFactory emf,
                         List<MigrationInfo> applied) {
        Connection connect() throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }

        /** Another persistence unit on the same database, as a restarted or second server would have. */
        EntityManagerFactory anotherServer() {
            // A session name of its own: EclipseLink otherwise hands out the running session again.
            Map<String, Object> own = new java.util.HashMap<>(properties);
            own.put("eclipselink.session-name", "another-server-" + UUID.randomUUID());
            return Persistence.createEntityManagerFactory("portal", own);
        }
    }

    private static final Map<Database, Store> STORES = new EnumMap<>(Database.class);

    static synchronized Store store(Database database, PostgresEndpoint postgres) {
        return STORES.computeIfAbsent(database, d -> {
            String url;
            String user;
            String password;
            if (d == Database.H2) {
                Path dir = Path.of(System.getProperty("portal.it.dir", "target/it")).toAbsolutePath().resolve("repositories-h2");
                try {
                    Distributions.deleteTree(dir);
                    Files.createDirectories(dir);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                url = "jdbc:h2:file:" + dir.resolve("portal");
                user = "sa";
                password = "sa";
            } else {
                url = postgres.jdbcUrl();
                user = postgres.user();
                password = postgres.password();
            }
            var result = Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration").load().migrate();
            List<MigrationInfo> applied = List.of(Flyway.configure().dataSource(url, user, password)
                    .locations("classpath:db/migration").load().info().applied());
            assertThat(result.success).isTrue();
            Map<String, Object> properties = Map.of(
                    "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                    "jakarta.persistence.jtaDataSource", "",
                    "jakarta.persistence.jdbc.url", url,
                    "jakarta.persistence.jdbc.user", user,
                    "jakarta.persistence.jdbc.password", password,
                    "eclipselink.weaving", "false",
                    "eclipselink.logging.level", "WARNING");
            return new Store(url, user, password, properties, Persistence.createEntityManagerFactory("portal", properties), applied);
        });
    }

    @AfterAll
    static void close() {
        STORES.values().forEach(s -> s.emf().close());
        STORES.clear();
    }

    static <T> T inTransaction(Store store, Function<EntityManager, T> work) {
        return inTransaction(store.emf(), work);
    }

    private static <T> T inTransaction(EntityManagerFactory emf, Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    private static InformationSystem system(String name, String owner, String... hosts) {
        ClassificationProfile profile = ClassificationProfile.internalPublic()
                .withInformation(new InformationProcessed(Set.of(InformationCategory.PERSONAL, InformationCategory.PRIVATE),
                        250_000, StateSecretGrade.NONE))
                .servingCitizens(OnlinePublicService.PARTIAL, false);
        SystemComponent web = new SystemComponent("web", List.of(hosts),
                List.of(NetworkAddress.parse("10.10.1.8/29"), NetworkAddress.parse("2001:db8:a:1::/64")), null);
        return new InformationSystem(null, name, UnitId.of(owner), "Phòng Công nghệ thông tin", "Khám chữa bệnh", profile, List.of(web));
    }

    // ---- the schema ----

    @ParameterizedTest(name = "{0}")
    @EnumSource(Database.class)
    void everyMigrationAppliesFromScratch(Database database, PostgresEndpoint postgres) throws Exception {
        Store store = store(database, postgres);
        assertThat(store.applied()).isNotEmpty().allSatisfy(m -> assertThat(m.getState().isApplied()).isTrue());
        assertThat(store.applied().stream().map(m -> m.getVersion().getVersion())).contains("1", "2");
        assertThat(tables(store)).contains("unit", "information_system", "level_proposal", "audit_record", "audit_head");
    }

    @Test
    void bothDatabasesGetTheSameTablesAndColumns(PostgresEndpoint postgres) throws Exception {
        Store h2 = store(Database.H2, postgres);
        Store pg = store(Database.POSTGRESQL, postgres);
        assertThat(columns(h2)).as("a migration that makes a different schema on one database").isEqualTo(columns(pg));
    }

    private static Set<String> tables(Store store) throws SQLException {
        return query(store, "select lower(table_name) from information_schema.tables"
                + " where lower(table_schema) = 'public' and lower(table_name) not like 'flyway%'");
    }

    /** {@code table.column nullable}: names compared as PostgreSQL folds them, case-insensitively. */
    private static Set<String> columns(Store store) throws SQLException {
        return query(store, "select lower(table_name) || '.' || lower(column_name) || ' ' || is_nullable"
                + " from information_schema.columns where lower(table_schema) = 'public'"
                + " and lower(table_name) not like 'flyway%'");
    }

    private static Set<String> query(Store store, String sql) throws SQLException {
        Set<String> rows = new TreeSet<>();
        try (Connection c = store.connect(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                rows.add(r.getString(1));
            }
        }
        return rows;
    }

    // ---- units ----

    @ParameterizedTest(name = "{0}")
    @EnumSource(Database.class)
    void unitsComeFromTheSeedWithTheirHierarchyAndVietnameseNames(Database database, PostgresEndpoint postgres) {
        Store store = store(database, postgres);
        List<Unit> units = inTransaction(store, em -> new JpaUnitRepository(em).findAll());
        assertThat(units).extracting(u -> u.id().value())
                .contains("byt", "bv-bach-mai", "syt-ha-noi", "bv-xanh-pon").isSorted();
        Unit xanhPon = units.stream().filter(u -> u.id().value().equals("bv-xanh-pon")).findFirst().orElseThrow();
        assertThat(xanhPon).isEqualTo(new Unit(UnitId.of("bv-xanh-pon"), "Bệnh viện Đa khoa Xanh Pôn",
                UnitKind.PROVINCIAL_HOSPITAL, UnitId.of("syt-ha-noi")));
    }

    // ---- information systems ----

    @ParameterizedTest(name = "{0}")
    @EnumSource(Database.class)
    void aSystemIsSavedWithASequenceIdReadBackWholeAndUpdatedInPlace(Database database, PostgresEndpoint postgres) {
        Store store = store(database, postgres);
        InformationSystem given = system("HIS Bạch Mai " + UUID.randomUUID(), "bv-bach-mai", "his-web-01.bvbachmai.vn");

        InformationSystem saved = inTransaction(store, em -> new JpaSystemRepository(em).save(given));
        assertThat(saved.id().value()).isPositive();
        InformationSystem read = inTransaction(store, em -> new JpaSystemRepository(em).find(saved.id()).orElseThrow());
        assertThat(read).isEqualTo(saved);

        long versionBefore = inTransaction(store, em -> em.find(SystemEntity.class, saved.id().value())).version();
        InformationSystem renamed = new InformationSystem(saved.id(), saved.name() + " (mới)", saved.owner(), "Trung tâm CNTT",
                saved.purpose(), saved.profile().withNationallyCritical(true), saved.components());
        inTransaction(store, em -> new JpaSystemRepository(em).save(renamed));
        InformationSystem reread = inTransaction(store, em -> new JpaSystemRepository(em).find(saved.id()).orElseThrow());
        assertThat(reread).isEqualTo(renamed);
        long versionAfter = inTransaction(store, em -> em.find(SystemEntity.class, saved.id().value())).version();
        assertThat(versionAfter).as("optimistic locking counts the update").isEqualTo(versionBefore + 1);
        Optional<InformationSystem> unknown = inTransaction(store, em -> new JpaSystemRepository(em).find(new SystemId(Long.MAX_VALUE)));
        assertThat(unknown).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Database.class)
    void idsComeFromTheSequenceInBlocksThatTwoServersNeverShare(Database database, PostgresEndpoint postgres) {
        Store store = store(database, postgres);
        long first = inTransaction(store, em -> new JpaSystemRepository(em).save(system("A " + UUID.randomUUID(), "byt-cntt"))).id().value();
        long second = inTransaction(store, em -> new JpaSystemRepository(em).save(system("B " + UUID.randomUUID(), "byt-cntt"))).id().value();
        assertThat(second).as("the next id of the same block").isEqualTo(first + 1);
        EntityManagerFactory other = store.anotherServer();
        try {
            long others = inTransaction(other, em -> new JpaSystemRepository(em).save(system("C " + UUID.randomUUID(), "byt-cntt"))).id().value();
            // EclipseLink takes a sequence value as the last id of a block of 50 (V1 starts the sequence at 50).
            assertThat(others).as("a block of its own").isGreaterThan(second).isEqualTo(((first - 1) / 50 + 1) * 50 + 1);
        } finally {
            other.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Database.class)
    void theInventoryIsFilteredSortedAndPagedInTheDatabase(Database database, PostgresEndpoint postgres) {
        Store store = store(database, postgres);
        String tag = "Q" + UUID.randomUUID().toString().substring(0, 8);
        List<String> names = List.of(tag + " A_PACS", tag + " B LIS", tag + " C HỆ THỐNG HIS", tag + " D 100% EMR");
        inTransaction(store, em -> {
            JpaSystemRepository repository = new JpaSystemRepository(em);
            repository.save(system(names.get(0), "bv-bach-mai", "pacs-01"));
            repository.save(system(names.get(1), "bv-xanh-pon", "lis-01"));
            repository.save(system(names.get(2), "syt-ha-noi", "his-web-01"));
            repository.save(system(names.get(3), "bv-bach-mai", "emr-01"));
            return null;
        });
        Function<SystemQuery, SystemPage> search = q -> inTransaction(store, em -> new JpaSystemRepository(em).search(q));

        SystemPage all = search.apply(new SystemQuery(null, null, tag, SystemQuery.Sort.NAME, false, 0, 10));
        assertThat(all.total()).isEqualTo(4);
        assertThat(all.systems()).extracting(InformationSystem::name).containsExactlyElementsOf(names);

        SystemPage secondPage = search.apply(new SystemQuery(null, null, tag, SystemQuery.Sort.NAME, true, 1, 3));
        assertThat(secondPage.total()).isEqualTo(4);
        assertThat(secondPage.systems()).extracting(InformationSystem::name).containsExactly(names.get(0));

        Set<UnitId> visible = Set.of(UnitId.of("syt-ha-noi"), UnitId.of("bv-xanh-pon"));
        SystemPage subtree = search.apply(new SystemQuery(visible, null, tag, SystemQuery.Sort.OWNER, false, 0, 10));
        assertThat(subtree.systems()).extracting(s -> s.owner().value()).containsExactly("bv-xanh-pon", "syt-ha-noi");
        SystemPage oneOwner = search.apply(new SystemQuery(visible, UnitId.of("bv-xanh-pon"), tag, SystemQuery.Sort.ID, false, 0, 10));
        assertThat(oneOwner.systems()).extracting(InformationSystem::name).containsExactly(names.get(1));

        assertThat(search.apply(new SystemQuery(null, null, tag + " c hệ thống", SystemQuery.Sort.NAME, false, 0, 10)).systems())
                .as("case-insensitive beyond ASCII").extracting(InformationSystem::name).containsExactly(names.get(2));
        assertThat(search.apply(new SystemQuery(null, null, tag + " D 100%", SystemQuery.Sort.NAME, false, 0, 10)).total())
                .as("%% is a character, not a wildcard").isEqualTo(1);
        assertThat(search.apply(new SystemQuery(null, null, tag + " A_", SystemQuery.Sort.NAME, false, 0, 10)).systems())
                .as("_ is a character, not a wildcard").extracting(InformationSystem::name).containsExactly(names.get(0));
    }

    // ---- level proposals ----

    @ParameterizedTest(name = "{0}")
    @EnumSource(Database.class)
    void levelProposalsAreKeptAndTheLatestIsFound(Database database, PostgresEndpoint postgres) {
        Store store = store(database, postgres);
        InformationSystem system = inTransaction(store, em -> new JpaSystemRepository(em)
                .save(system("LIS " + UUID.randomUUID(), "bv-bach-mai", "lis-01.bvbachmai.vn")));
        LevelDetermination computed = new LevelRules().determine(system);
        Instant first = Instant.parse("2026-11-30T08:15:30.123456Z");
        Instant second = Instant.parse("2026-12-01T09:00:00Z");
        SecurityLevel higher = SecurityLevel.of(Math.min(5, computed.level().number() + 1));
        inTransaction(store, em -> {
            JpaLevelProposalRepository repository = new JpaLevelProposalRepository(em);
            repository.save(new LevelProposal(system.id(), computed, null, null, "officer.bachmai", first));
            repository.save(new LevelProposal(system.id(), computed, higher,
                    "Hệ thống kết nối liên thông với cổng giám định bảo hiểm y tế quốc gia", "officer.bachmai", second));
            return null;
        });
        StoredProposal latest = inTransaction(store, em -> new JpaLevelProposalRepository(em).latest(system.id()).orElseThrow());
        assertThat(latest.computed()).isEqualTo(computed.level());
        assertThat(latest.proposed()).isEqualTo(higher);
        assertThat(latest.justification()).startsWith("Hệ thống kết nối");
        assertThat(latest.proposedAt()).isEqualTo(second);
        assertThat(latest.reasonsJson()).contains(computed.reasons().get(0).criterion().id());
        Optional<StoredProposal> none = inTransaction(store, em -> new JpaLevelProposalRepository(em).latest(new SystemId(Long.MAX_VALUE)));
        assertThat(none).isEmpty();
    }

    // ---- the audit trail ----

    @ParameterizedTest(name = "{0}")
    @EnumSource(Database.class)
    void theAuditChainGrowsInOrderAndAnAlteredRecordIsDetected(Database database, PostgresEndpoint postgres) throws Exception {
        Store store = store(database, postgres);
        long before = inTransaction(store, em -> new JpaAuditTrail(em).verify()).records();
        List<Long> positions = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String after = "{\"name\":\"Cổng dịch vụ công " + i + "\"}";
            positions.add(inTransaction(store, em -> new JpaAuditTrail(em)
                    .append("admin", "system.created", "system", "42", null, after)).position());
        }
        assertThat(positions).containsExactly(before + 1, before + 2, before + 3);
        ChainVerification intact = inTransaction(store, em -> new JpaAuditTrail(em).verify());
        assertThat(intact.intact()).as(intact.problems().toString()).isTrue();
        assertThat(intact.records()).isEqualTo(before + 3);

        long middle = before + 2;
        try (Connection c = store.connect(); Statement s = c.createStatement()) {
            s.executeUpdate("update audit_record set actor = 'someone.else' where position = " + middle);
            ChainVerification altered = inTransaction(store, em -> new JpaAuditTrail(em).verify());
            assertThat(altered.intact()).isFalse();
            assertThat(altered.problems()).anySatisfy(p -> assertThat(p).contains("record " + middle + " was altered"));
            s.executeUpdate("update audit_record set actor = 'admin' where position = " + middle);
        }
        assertThat(inTransaction(store, em -> new JpaAuditTrail(em).verify()).intact()).isTrue();
    }

    // ---- agent heartbeats (monitoring coverage) ----

    private static AgentHeartbeat heartbeat(String agent, String host, Instant seenAt, long spool) {
        return new AgentHeartbeat(agent, "bv-bach-mai", host, "0.1.0", Instant.parse("2026-12-01T06:00:00.123456Z"), seenAt, 17, spool,
                spool > 1000, true, new AgentHeartbeat.Counters(7, 6, 1, 2),
                List.of(new AgentHeartbeat.InputState("auth-log", 10, 5, 1, 0), new AgentHeartbeat.InputState("web", 7, 2, 0, 1)),
                "soc.agent.heartbeat/1/" + seenAt.getEpochSecond());
    }

    private static boolean record(EntityManagerFactory emf, AgentHeartbeat h) {
        Boolean stored = inTransaction(emf, em -> new JpaHeartbeatRepository(em).record(h));
        return stored;
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Database.class)
    void aHeartbeatIsUpsertedPerAgentAndNeverReplacedByAnOlderOne(Database database, PostgresEndpoint postgres) {
        Store store = store(database, postgres);
        String agent = "agent-" + UUID.randomUUID();
        Instant first = Instant.parse("2026-12-01T08:00:00.987654321Z");
        AgentHeartbeat given = heartbeat(agent, "his-web-01.bvbachmai.vn", first, 300);

        assertThat(record(store.emf(), given)).as("a new agent is inserted").isTrue();
        AgentHeartbeat read = inTransaction(store, em -> new JpaHeartbeatRepository(em).all()).stream()
                .filter(h -> h.agentId().equals(agent)).findFirst().orElseThrow();
        assertThat(read).as("every field read back, instants at millisecond precision").isEqualTo(given);
        assertThat(read.seenAt()).isEqualTo(Instant.parse("2026-12-01T08:00:00.987Z"));
        assertThat(record(store.emf(), given)).as("the same heartbeat again").isFalse();

        Instant newer = first.plusSeconds(30);
        assertThat(record(store.emf(), heartbeat(agent, "his-web-01.bvbachmai.vn", newer, 5000)))
                .isTrue();
        EntityManagerFactory other = store.anotherServer();
        try {
            assertThat(record(other, heartbeat(agent, "moved", first.plusSeconds(10), 1)))
                    .as("an older record replayed by another server").isFalse();
        } finally {
            other.close();
        }
        List<AgentHeartbeat> rows = inTransaction(store, em -> new JpaHeartbeatRepository(em).all()).stream()
                .filter(h -> h.agentId().equals(agent)).toList();
        assertThat(rows).singleElement().satisfies(h -> {
            assertThat(h.seenAt()).isEqualTo(newer.truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
            assertThat(h.hostName()).isEqualTo("his-web-01.bvbachmai.vn");
            assertThat(h.spoolBytes()).isEqualTo(5000);
            assertThat(h.spoolFull()).isTrue();
        });
    }
}
