package vn.gov.moh.soc.portal.interfaces.rest;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import vn.gov.moh.soc.testkit.KeycloakEndpoint;
import vn.gov.moh.soc.testkit.PostgresEndpoint;
import vn.gov.moh.soc.testkit.RealStackExtension;

/**
 * Configures the Payara Micro that Arquillian is about to start. Arquillian starts the server and
 * deploys in its own {@code beforeAll}, before the class's {@code @BeforeAll} methods and before any
 * parameter is resolved; so this extension, registered between {@code @RealStack} and Arquillian,
 * asks the test kit for its Keycloak and hands the issuer, a fresh database and attachment folder
 * to the server's JVM options, which arquillian.xml reads from {@code portal.it.cmd-options}. The
 * server is started once per JVM, for the first class (the build forks one JVM per IT class).
 *
 * <p>The database is chosen by the system property {@code portal.it.database}: {@code h2} (the
 * default, the embedded database in a file) or {@code postgresql} (the test class's own database on
 * the test kit's PostgreSQL); the build runs the API ITs once with each.
 */
public class PortalOnPayara implements BeforeAllCallback {
    static final long MAX_ATTACHMENT_BYTES = 256 * 1024;
    static KeycloakEndpoint keycloak;
    /** Where the server's database is, for tests that read or tamper with its rows. */
    static String jdbcUrl;
    static String jdbcUser;
    static String jdbcPassword;
    static Path attachments;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        keycloak = RealStackExtension.keycloak(context);
        if (jdbcUrl != null) {
            // Arquillian starts one server for every test class of the JVM: a later class would share
            // its database and folder.
            return;
        }
        String database = System.getProperty("portal.it.database", "h2");
        String dataSourceClass;
        Path dir = Path.of(System.getProperty("portal.it.dir", "target/it")).toAbsolutePath();
        Path classDir = dir.resolve("db-" + context.getRequiredTestClass().getSimpleName());
        deleteTree(classDir);
        Files.createDirectories(classDir);
        attachments = classDir.resolve("attachments");
        // The server's log stays next to the database for a look after a failure (Arquillian does not print it).
        System.setProperty("portal.it.micro-options", "--nocluster --nohazelcast --logtofile "
                + dir.resolve("payara-" + context.getRequiredTestClass().getSimpleName() + ".log"));
        switch (database) {
            case "h2" -> {
                // AUTO_SERVER lets the test open the server's database file at the same time (tampering test).
                jdbcUrl = "jdbc:h2:file:" + classDir.resolve("portal") + ";AUTO_SERVER=TRUE";
                jdbcUser = "sa";
                jdbcPassword = "sa";
                dataSourceClass = "org.h2.jdbcx.JdbcDataSource";
            }
            case "postgresql" -> {
                PostgresEndpoint postgres = RealStackExtension.postgres(context);
                jdbcUrl = postgres.jdbcUrl();
                jdbcUser = postgres.user();
                jdbcPassword = postgres.password();
                dataSourceClass = "org.postgresql.ds.PGSimpleDataSource";
            }
            default -> throw new IllegalArgumentException("portal.it.database is '" + database + "': give h2 or postgresql");
        }
        System.err.println("[portal-it] " + context.getRequiredTestClass().getSimpleName() + " runs on " + jdbcUrl);
        System.setProperty("portal.it.cmd-options", String.join(" ",
                "-Xmx512m",
                "-Dmp.jwt.verify.issuer=" + keycloak.issuer(),
                "-Dmp.jwt.verify.publickey.location=" + keycloak.issuer() + "/protocol/openid-connect/certs",
                "-Dportal.datasource.class=" + dataSourceClass,
                "-Dportal.datasource.url=" + jdbcUrl,
                "-Dportal.datasource.user=" + jdbcUser,
                "-Dportal.datasource.password=" + jdbcPassword,
                "-Dportal.oidc.client-id=" + keycloak.clientId(),
                "-Dportal.oidc.client-secret=" + keycloak.clientSecret(),
                "-Dportal.attachments.folder=" + attachments,
                // Small, so the oversized-upload test sends little; the default is 20 MiB.
                "-Dportal.attachments.max-bytes=" + MAX_ATTACHMENT_BYTES,
                String.join(" ", serverOptions(context))));
    }

    /**
     * More JVM options for the server, for a test class that needs other services (e.g. Kafka);
     * called after the Keycloak and the database are set. None here.
     */
    protected List<String> serverOptions(ExtensionContext context) {
        return List.of();
    }

    /** The war this build made, as Arquillian deploys it ({@code @Deployment(testable = false)}). */
    static WebArchive war() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("portal.it.war")));
    }

    /** The test kit's broker and the class's namespace, for a server that publishes to or reads from Kafka. */
    protected static List<String> kafkaOptions(ExtensionContext context) {
        return List.of("-Dportal.kafka.bootstrap-servers=" + RealStackExtension.kafka(context).bootstrapServers(),
                "-Dportal.kafka.namespace=" + RealStackExtension.namespace(context).prefix());
    }

    /** A connection to the server's database, for browser tests that seed rows the page only reads. */
    public static java.sql.Connection database() throws java.sql.SQLException {
        return java.sql.DriverManager.getConnection(jdbcUrl, jdbcUser, jdbcPassword);
    }

    /** The test kit's Keycloak, for tests outside this package (the browser tests). */
    public static KeycloakEndpoint keycloak() {
        return keycloak;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
