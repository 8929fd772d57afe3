package vn.gov.moh.soc.stack.part;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.gov.moh.soc.stack.StackException;
import vn.gov.moh.soc.stack.config.Setting;
import vn.gov.moh.soc.stack.config.StackConfig;

/**
 * The compliance portal: the war of this checkout on Payara Micro, on 127.0.0.1, its context root
 * {@code /}. Its database is an H2 file under {@code <state>/portal/db}, so what officers enter
 * survives {@code down} and {@code up}; Payara's runtime files live in {@code <state>/portal/root},
 * emptied at each start. Tokens are checked against the stack's Keycloak, so the part starts
 * once Keycloak is healthy. It is wired to the stack's pipeline: it publishes its systems and rules
 * to the stack's Kafka (namespace included), reads the agents' heartbeats there for monitoring
 * coverage, and searches the stack's Elasticsearch; neither needs to run for the portal to start (what
 * it publishes waits in its outbox). Healthy when {@code /health/ready} reports UP with the portal's
 * database check and the API asks for a token. With {@code portal.demo.data} (the default of the
 * local stack) an empty portal gets the demo hospitals' information systems, created through its
 * own API as the demo admin, so they are validated and audited like any officer's input.
 */
public final class PortalPart extends Part {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The readiness check the portal registers; Payara reports UP before any application is deployed. */
    private static final String DATABASE_CHECK = "database";

    public PortalPart(StackConfig config, Distributions distributions) {
        super(config, distributions);
    }

    @Override
    public String name() {
        return "portal";
    }

    @Override
    public Map<String, Integer> ports() {
        return Map.of("HTTP", config.port(Setting.PORTAL_PORT));
    }

    /** The portal's URL with the stack's host name (Keycloak's redirect URIs name it so). */
    public static String url(StackConfig config) {
        return "http://" + config.hostname() + ":" + config.port(Setting.PORTAL_PORT);
    }

    public String url() {
        return url(config);
    }

    @Override
    public String address() {
        return url() + "/api (OpenAPI /openapi)";
    }

    @Override
    public Map<String, String> endpoints() {
        return Map.of("portal.url", url());
    }

    private String local() {
        return "http://127.0.0.1:" + config.port(Setting.PORTAL_PORT);
    }

    /** The H2 database file, without H2's {@code .mv.db} suffix. */
    public Path databaseFile() {
        return dir.resolve("db").resolve("portal");
    }

    private KeycloakPart keycloak() {
        return new KeycloakPart(config, distributions);
    }

    /** MP-JWT fetches the realm's keys from Keycloak, and the demo data needs its tokens. */
    @Override
    public List<String> dependsOn() {
        return List.of("keycloak");
    }

    @Override
    protected void prepare() {
        distributions.portalWar();
        distributions.payaraMicroJar();
        // Payara keeps what it deployed in its root folder and would deploy the old war again,
        // then redeploy the one given: each start begins with an empty root folder.
        try {
            Distributions.deleteTree(dir.resolve("root"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear " + dir.resolve("root"), e);
        }
        write(dir.resolve("preboot.asadmin"), String.join("\n",
                "# Written by ./soc on every start: the portal listens on the loopback interface only.",
                "set configs.config.server-config.network-config.network-listeners.network-listener.http-listener.address=127.0.0.1",
                ""));
    }

    @Override
    protected List<String> command() {
        String heap = config.get(Setting.PORTAL_HEAP);
        String issuer = keycloak().issuer();
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xms" + heap, "-Xmx" + heap,
                "-Dportal.datasource.class=org.h2.jdbcx.JdbcDataSource",
                "-Dportal.datasource.url=jdbc:h2:file:" + databaseFile(),
                "-Dportal.datasource.user=sa",
                "-Dportal.datasource.password=sa",
                "-Dportal.attachments.folder=" + dir.resolve("attachments"),
                // The browser's OpenID Connect login uses the realm's portal client (KeycloakPart).
                "-Dportal.oidc.client-secret=" + KeycloakPart.PORTAL_CLIENT_SECRET,
                "-Dmp.jwt.verify.issuer=" + issuer,
                "-Dmp.jwt.verify.publickey.location=" + issuer + "/protocol/openid-connect/certs",
                "-Dportal.kafka.bootstrap-servers=127.0.0.1:" + config.port(Setting.KAFKA_PORT),
                "-Dportal.elasticsearch.url=http://127.0.0.1:" + config.port(Setting.ELASTICSEARCH_PORT),
                "-jar", distributions.payaraMicroJar().toString(),
                "--nocluster", "--nohazelcast",
                "--port", Integer.toString(config.port(Setting.PORTAL_PORT)),
                "--rootdir", dir.resolve("root").toString(),
                "--prebootcommandfile", dir.resolve("preboot.asadmin").toString(),
                "--contextroot", "/",
                "--deploy", distributions.portalWar().toString()));
        command.add(command.indexOf("-jar"), "-Dportal.drills.work-dir=" + dir.resolve("drills"));
        try {
            // Drills ship their telemetry through the same soc-agent jar as the demo agent.
            command.add(command.indexOf("-jar"), "-Dportal.drills.agent-jar=" + distributions.agentJar());
        } catch (IllegalStateException noAgent) {
            // A stack without the agent built: the portal runs, and says so when a drill is started.
        }
        if (!config.namespace().prefix().isEmpty()) {
            // An empty value would read as unset in MicroProfile Config; no option is the architecture's names.
            command.add(command.indexOf("-jar"), "-Dportal.kafka.namespace=" + config.namespace().prefix());
        }
        return command;
    }

    @Override
    public boolean healthy() {
        Http.Response r = Http.get(local() + "/health/ready");
        if (!r.ok()) {
            return false;
        }
        try {
            JsonNode health = JSON.readTree(r.body());
            boolean databaseChecked = false;
            for (JsonNode check : health.path("checks")) {
                databaseChecked |= DATABASE_CHECK.equals(check.path("name").asText());
            }
            // And the API answers: without a token, 401 (a war being redeployed answers 503).
            return "UP".equals(health.path("status").asText()) && databaseChecked
                    && Http.get(local() + "/api/units").status() == 401;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void install() {
        if (config.flag(Setting.PORTAL_DEMO_DATA)) {
            loadDemoSystems();
        }
    }

    /**
     * Creates the demo information systems when the portal has none (a later {@code up} finds
     * them in the H2 file and adds nothing).
     *
     * @return how many systems were created
     */
    public int loadDemoSystems() {
        String token = token(DemoUser.ADMIN);
        Http.Response existing = Http.get(local() + "/api/systems?size=1", token);
        if (!existing.ok()) {
            throw new StackException("the portal did not list its systems (HTTP " + existing.status() + "): " + existing.body());
        }
        if (read(existing.body()).path("total").asLong() > 0) {
            return 0;
        }
        int created = 0;
        for (JsonNode system : demoSystems()) {
            Http.Response r = Http.post(local() + "/api/systems", token, system.toString());
            if (r.status() != 201) {
                throw new StackException("the portal refused demo system '" + system.path("name").asText() + "' of "
                        + system.path("owner").asText() + " (HTTP " + r.status() + "): " + r.body());
            }
            created++;
        }
        return created;
    }

    /** The demo systems ({@code portal-demo-systems.json}), in the form of the portal's {@code POST /api/systems}. */
    static JsonNode demoSystems() {
        try (InputStream in = PortalPart.class.getResourceAsStream("/vn/gov/moh/soc/stack/portal-demo-systems.json")) {
            return JSON.readTree(in).path("systems");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the demo systems", e);
        }
    }

    private String token(DemoUser user) {
        Http.Response r = KeycloakPart.passwordGrant(keycloak().issuer(), KeycloakPart.PORTAL_CLIENT,
                KeycloakPart.PORTAL_CLIENT_SECRET, user.username(), DemoUser.PASSWORD);
        if (!r.ok()) {
            throw new StackException("Keycloak gave no token to demo user " + user.username() + " (HTTP " + r.status()
                    + "): " + r.body());
        }
        return read(r.body()).path("access_token").asText();
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new StackException("not JSON: " + json);
        }
    }
}
