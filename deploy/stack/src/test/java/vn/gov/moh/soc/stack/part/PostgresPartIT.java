package vn.gov.moh.soc.stack.part;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gov.moh.soc.stack.Stack;
import vn.gov.moh.soc.stack.config.Setting;
import vn.gov.moh.soc.stack.config.StackConfig;
import vn.gov.moh.soc.stack.process.ManagedProcess;

/** The PostgreSQL part on the Debian package's binaries: created, reached over JDBC, stopped, restarted, kept in its folder. */
class PostgresPartIT {
    @TempDir(cleanup = org.junit.jupiter.api.io.CleanupMode.ALWAYS)
    Path base;
    private Stack stack;

    private Stack stack() {
        // A folder every user can traverse: a root launcher runs PostgreSQL as an unprivileged user.
        StackConfig config = StackConfig.builder()
                .set(Setting.STATE_DIR, base.resolve("state").toString())
                .set(Setting.POSTGRES_PORT, Integer.toString(Ports.findFree()))
                .set(Setting.POSTGRES_PASSWORD, "it-secret")
                .build();
        return new Stack(config, msg -> System.err.println("[postgres-it] " + msg));
    }

    @AfterEach
    void down() {
        if (stack != null) {
            stack.down();
        }
    }

    private Connection connect(String password) throws SQLException {
        return DriverManager.getConnection(stack.part(PostgresPart.class).jdbcUrl("postgres"), PostgresPart.ROLE, password);
    }

    @Test
    void startsFromTheDebianPackageKeepsItsDataAcrossRestartsAndStopsEveryProcess() throws Exception {
        base.toFile().setExecutable(true, false); // @TempDir is closed to other users
        stack = stack();
        PostgresPart part = stack.part(PostgresPart.class);
        assertThat(part.startsByDefault()).as("./soc up without names leaves it alone").isFalse();
        assertThat(stack.defaultParts()).doesNotContain(part);

        assertThat(stack.up(List.of("postgres"))).containsExactly(part);
        try (Connection c = connect("it-secret"); Statement s = c.createStatement()) {
            s.execute("create table kept (v text)");
            s.execute("insert into kept values ('Bệnh viện Bạch Mai')");
            try (ResultSet r = s.executeQuery("show unix_socket_directories")) {
                r.next();
                assertThat(r.getString(1)).isEqualTo(base.resolve("state/postgres/run").toString());
            }
            try (ResultSet r = s.executeQuery("show server_encoding")) {
                r.next();
                assertThat(r.getString(1)).isEqualTo("UTF8");
            }
        }
        assertThat(Files.list(base.resolve("state/postgres/run")).map(p -> p.getFileName().toString()))
                .contains(".s.PGSQL." + stack.config().port(Setting.POSTGRES_PORT));
        assertThatThrownBy(() -> connect("wrong").close()).isInstanceOf(SQLException.class)
                .hasMessageContaining("password authentication failed");
        assertThat(Stack.readEndpoints(stack.config().stateDir()).orElseThrow().getProperty("postgres.port"))
                .isEqualTo(Integer.toString(stack.config().port(Setting.POSTGRES_PORT)));

        long pid = part.process().running().orElseThrow().pid();
        assertThat(stack.down()).containsExactly("postgres");
        assertThat(ManagedProcess.groupMembers(pid)).isEmpty();
        assertThat(Ports.isFree(stack.config().port(Setting.POSTGRES_PORT))).isTrue();

        stack.up(List.of("postgres"));
        try (Connection c = connect("it-secret"); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select v from kept")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getString(1)).as("the cluster is created once and kept").isEqualTo("Bệnh viện Bạch Mai");
        }
        stack.down();
        try (Stream<Path> files = Files.list(base.resolve("state/postgres"))) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .as("the cluster, its socket folder, nothing else (no password file left)")
                    .containsExactlyInAnyOrder("data", "run");
        }
    }

    @Test
    void findsTheNewestInstalledVersionOrSaysWhichPackageIsMissing() throws Exception {
        Path root = base.resolve("usr-lib-postgresql");
        for (String version : List.of("13", "15", "9.6")) {
            Path initdb = Files.createDirectories(root.resolve(version).resolve("bin")).resolve("initdb");
            Files.writeString(initdb, "#!/bin/sh\n");
            initdb.toFile().setExecutable(true);
        }
        Files.createDirectories(root.resolve("16")); // a version folder without binaries
        assertThat(PostgresPart.binDir(root)).isEqualTo(root.resolve("15/bin"));
        assertThatThrownBy(() -> PostgresPart.binDir(base.resolve("nothing")))
                .hasMessageContaining("apt-get install postgresql");
    }
}
