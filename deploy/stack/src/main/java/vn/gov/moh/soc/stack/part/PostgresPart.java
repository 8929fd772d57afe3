package vn.gov.moh.soc.stack.part;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import vn.gov.moh.soc.stack.config.Setting;
import vn.gov.moh.soc.stack.config.StackConfig;
import vn.gov.moh.soc.stack.process.Commands;

/**
 * A PostgreSQL cluster from the Debian package ({@code postgresql}): {@code initdb} into
 * {@code <state>/postgres/data} on first start, the server on 127.0.0.1 and a Unix socket in
 * {@code <state>/postgres/run}, superuser {@value #ROLE} with the password of
 * {@code postgres.password} (scram-sha-256 over TCP). PostgreSQL refuses root, so a root launcher
 * runs it as an unprivileged system user. It is started on demand ({@code ./soc up postgres}, or
 * a test that asks for it): the local portal keeps its data in H2.
 *
 * <p>The postmaster runs in the foreground rather than through {@code pg_ctl start}, which forks
 * the server away and returns: the part's process group is what {@code down} stops and what the
 * pid file records, as for every other part.
 */
public final class PostgresPart extends Part {
    /** The cluster's superuser, which the portal and the tests connect as. */
    public static final String ROLE = "soc";
    /** Where the Debian package installs one folder per major version. */
    private static final Path DEBIAN_ROOT = Path.of("/usr/lib/postgresql");

    public PostgresPart(StackConfig config, Distributions distributions) {
        super(config, distributions);
    }

    @Override
    public String name() {
        return "postgres";
    }

    @Override
    public boolean startsByDefault() {
        return false;
    }

    @Override
    public Map<String, Integer> ports() {
        return Map.of("SQL", port());
    }

    private int port() {
        return config.port(Setting.POSTGRES_PORT);
    }

    /** The JDBC URL of a database of this cluster. */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + database;
    }

    @Override
    public String address() {
        return jdbcUrl("postgres") + " (user " + ROLE + ")";
    }

    @Override
    public Map<String, String> endpoints() {
        return Map.of("postgres.host", "127.0.0.1", "postgres.port", Integer.toString(port()),
                "postgres.user", ROLE, "postgres.password", config.get(Setting.POSTGRES_PASSWORD));
    }

    private Path data() {
        return dir.resolve("data");
    }

    private Path socketDir() {
        return dir.resolve("run");
    }

    /**
     * The newest installed version's {@code bin} folder ({@code /usr/lib/postgresql/<ver>/bin}).
     *
     * @throws IllegalStateException saying which package to install when there is none
     */
    static Path binDir(Path root) {
        if (Files.isDirectory(root)) {
            try (Stream<Path> versions = Files.list(root)) {
                var newest = versions.filter(v -> v.getFileName().toString().matches("\\d+(\\.\\d+)?"))
                        .filter(v -> Files.isExecutable(v.resolve("bin/initdb")))
                        .max(Comparator.comparingDouble(v -> Double.parseDouble(v.getFileName().toString())));
                if (newest.isPresent()) {
                    return newest.get().resolve("bin");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        throw new IllegalStateException("PostgreSQL is not installed: no " + root + "/<version>/bin/initdb."
                + " Install the Debian package: apt-get install postgresql");
    }

    private Path bin(String program) {
        return binDir(DEBIAN_ROOT).resolve(program);
    }

    private ServiceUser serviceUser() {
        return new ServiceUser(config.get(Setting.POSTGRES_USER));
    }

    @Override
    protected void prepare() {
        boolean fresh = !Files.isRegularFile(data().resolve("PG_VERSION"));
        Path partial = dir.resolve("data.partial");
        Path passwordFile = dir.resolve("initdb.password");
        try {
            Files.createDirectories(socketDir());
            if (fresh) {
                Distributions.deleteTree(partial);
                Files.writeString(passwordFile, config.get(Setting.POSTGRES_PASSWORD) + "\n");
                Files.setPosixFilePermissions(passwordFile, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
            }
            if (ServiceUser.launcherIsRoot()) {
                serviceUser().takeOver(dir, bin("postgres"), "PostgreSQL");
            }
            if (fresh) {
                Commands.check(serviceUser().asUser(List.of(bin("initdb").toString(), "--pgdata=" + partial,
                        "--username=" + ROLE, "--pwfile=" + passwordFile, "--auth-local=peer",
                        "--auth-host=scram-sha-256", "--encoding=UTF8", "--locale=C.UTF-8")), 180);
                // An interrupted initdb leaves a folder that is never taken for a cluster.
                Files.move(partial, data());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the PostgreSQL cluster in " + data(), e);
        } finally {
            try {
                Files.deleteIfExists(passwordFile);
            } catch (IOException ignored) {
                // it is in the part's own folder, readable by its owner only
            }
        }
    }

    @Override
    protected List<String> command() {
        return serviceUser().asUser(List.of(bin("postgres").toString(), "-D", data().toString(),
                "-c", "listen_addresses=127.0.0.1",
                "-c", "port=" + port(),
                "-c", "unix_socket_directories=" + socketDir(),
                "-c", "logging_collector=off"));
    }

    @Override
    public boolean healthy() {
        return Commands.run(List.of(bin("pg_isready").toString(), "-q", "-h", "127.0.0.1", "-p", Integer.toString(port()),
                "-t", "2"), 5).ok();
    }
}
