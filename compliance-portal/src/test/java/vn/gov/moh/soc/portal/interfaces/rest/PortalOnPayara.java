package vn.gov.moh.soc.portal.interfaces.rest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import vn.gov.moh.soc.testkit.KeycloakEndpoint;
import vn.gov.moh.soc.testkit.RealStackExtension;

/**
 * Configures the Payara Micro that Arquillian is about to start. Arquillian starts the server and
 * deploys in its own {@code beforeAll}, before the class's {@code @BeforeAll} methods and before any
 * parameter is resolved; so this extension, registered between {@code @RealStack} and Arquillian,
 * asks the test kit for its Keycloak and hands the issuer, a fresh database file and attachment folder to the
 * server's JVM options, which arquillian.xml reads from {@code portal.it.cmd-options}.
 */
public final class PortalOnPayara implements BeforeAllCallback {
    static final long MAX_ATTACHMENT_BYTES = 256 * 1024;
    static KeycloakEndpoint keycloak;
    static String jdbcUrl;
    static Path attachments;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        keycloak = RealStackExtension.keycloak(context);
        Path dir = Path.of(System.getProperty("portal.it.dir", "target/it")).toAbsolutePath();
        Path db = dir.resolve("db-" + context.getRequiredTestClass().getSimpleName());
        deleteTree(db);
        Files.createDirectories(db);
        // AUTO_SERVER lets the test open the server's database file at the same time (tampering test).
        jdbcUrl = "jdbc:h2:file:" + db.resolve("portal") + ";AUTO_SERVER=TRUE";
        // The server's log stays next to the database for a look after a failure (Arquillian does not print it).
        System.setProperty("portal.it.micro-options", "--nocluster --nohazelcast --logtofile "
                + dir.resolve("payara-" + context.getRequiredTestClass().getSimpleName() + ".log"));
        attachments = db.resolve("attachments");
        System.setProperty("portal.it.cmd-options", String.join(" ",
                "-Xmx512m",
                "-Dmp.jwt.verify.issuer=" + keycloak.issuer(),
                "-Dmp.jwt.verify.publickey.location=" + keycloak.issuer() + "/protocol/openid-connect/certs",
                "-Dportal.datasource.class=org.h2.jdbcx.JdbcDataSource",
                "-Dportal.datasource.url=" + jdbcUrl,
                "-Dportal.datasource.user=sa",
                "-Dportal.datasource.password=sa",
                "-Dportal.oidc.client-id=" + keycloak.clientId(),
                "-Dportal.oidc.client-secret=" + keycloak.clientSecret(),
                "-Dportal.attachments.folder=" + attachments,
                // Small, so the oversized-upload test sends little; the default is 20 MiB.
                "-Dportal.attachments.max-bytes=" + MAX_ATTACHMENT_BYTES));
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
