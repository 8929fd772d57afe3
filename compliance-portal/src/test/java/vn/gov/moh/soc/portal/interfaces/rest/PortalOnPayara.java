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
 * server's JVM options, which arquillian.xml reads from {@code portal.it.cmd-options}. The server
 * is started once per JVM, for the first class; later classes (PortalApiIT and DossierApiIT in one
 * failsafe run) deploy to it and share its database.
 */
public final class PortalOnPayara implements BeforeAllCallback {
    static final long MAX_ATTACHMENT_BYTES = 256 * 1024;
    static KeycloakEndpoint keycloak;
    static String jdbcUrl;
    static Path attachments;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        keycloak = RealStackExtension.keycloak(context);
        if (jdbcUrl != null) {
            // Arquillian starts one server for every test class of the JVM: the classes that come
            // after the first share its database and folder (their assertions are relative to what they find).
            return;
        }
        Path dir = Path.of(System.getProperty("portal.it.dir", "target/it")).toAbsolutePath();
        Path db = dir.resolve("db-" + context.getRequiredTestClass().getSimpleName());
        deleteTree(db);
        Files.createDirectories(db);
        // AUTO_SERVER lets the test open the server's database file at the same time (tampering test).
        jdbcUrl = "jdbc:h2:file:" + db.resolve("portal") + ";AUTO_SERVER=TRUE";
        attachments = db.resolve("attachments");
        System.setProperty("portal.it.cmd-options", String.join(" ",
                "-Xmx512m",
                "-Dmp.jwt.verify.issuer=" + keycloak.issuer(),
                "-Dmp.jwt.verify.publickey.location=" + keycloak.issuer() + "/protocol/openid-connect/certs",
                "-Dportal.datasource.class=org.h2.jdbcx.JdbcDataSource",
                "-Dportal.datasource.url=" + jdbcUrl,
                "-Dportal.datasource.user=sa",
                "-Dportal.datasource.password=sa",
                "-Dportal.attachments.folder=" + attachments,
                // Small, so the oversized-upload test sends little; the default is 20 MiB.
                "-Dportal.attachments.max-bytes=" + MAX_ATTACHMENT_BYTES));
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
