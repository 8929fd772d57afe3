package vn.gov.moh.soc.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import vn.gov.moh.soc.core.naming.Namespace;

/** The kit's PostgreSQL: each test class gets its own database, named after its namespace, dropped after it. */
@RealStack
class PostgresDatabaseIT {

    @Test
    void theClassGetsItsOwnEmptyDatabaseNamedAfterItsNamespace(PostgresEndpoint db, Namespace ns) throws Exception {
        assertThat(db.database()).isEqualTo(ns.prefix().replace('-', '_')).startsWith("t_postgresdatabaseit_");
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("select current_database(), count(*) from information_schema.tables"
                    + " where table_schema = 'public'")) {
                r.next();
                assertThat(r.getString(1)).isEqualTo(db.database());
                assertThat(r.getLong(2)).as("a fresh database").isZero();
            }
            s.execute("create table officer (name text not null, since timestamp with time zone not null)");
            try (PreparedStatement insert = c.prepareStatement("insert into officer values (?, now())")) {
                insert.setString(1, "Trần Thị Bình");
                insert.executeUpdate();
            }
            try (ResultSet r = s.executeQuery("select name from officer")) {
                r.next();
                assertThat(r.getString(1)).isEqualTo("Trần Thị Bình");
            }
        }
    }

    @Test
    void theSameDatabaseServesEveryTestOfTheClass(PostgresEndpoint db) throws Exception {
        try (Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select current_database()")) {
            r.next();
            assertThat(r.getString(1)).isEqualTo(db.database());
        }
    }

    @Test
    void aNamespacesDatabaseIsDroppedWhenItsClassIsDone(PostgresEndpoint db) throws Exception {
        PostgresEndpoint server = db.withDatabase("postgres");
        TestNamespace other = new TestNamespace(Namespace.of("t-other-1234"), null, null);
        PostgresEndpoint created = other.database(() -> server);
        assertThat(created.database()).isEqualTo("t_other_1234");
        try (Connection held = created.connect()) { // a connection left open, as an application server's pool would
            assertThat(databaseExists(server, "t_other_1234")).isTrue();
            other.delete();
            assertThat(databaseExists(server, "t_other_1234")).isFalse();
        }
    }

    private static boolean databaseExists(PostgresEndpoint server, String name) throws Exception {
        try (Connection c = server.connect(); PreparedStatement q = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            q.setString(1, name);
            try (ResultSet r = q.executeQuery()) {
                return r.next();
            }
        }
    }
}
