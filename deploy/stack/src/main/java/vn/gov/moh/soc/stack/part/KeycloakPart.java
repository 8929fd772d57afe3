package vn.gov.moh.soc.stack.part;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.gov.moh.soc.stack.config.Setting;
import vn.gov.moh.soc.stack.config.StackConfig;

/**
 * Keycloak in development mode with the {@value #REALM} realm imported on start: the four
 * platform roles, a {@code unit} attribute declared in the user profile, a portal client whose
 * tokens carry the roles in {@code groups} (the MicroProfile JWT convention) and the unit in
 * {@code unit}, and the {@link DemoUser}s. The host name is fixed so that the token issuer does
 * not depend on how a client reached the server.
 */
public final class KeycloakPart extends Part {
    public static final String REALM = "health-soc";
    public static final String PORTAL_CLIENT = "compliance-portal";
    /** The portal client's secret in the local realm; a real deployment sets its own. */
    public static final String PORTAL_CLIENT_SECRET = "local-portal-secret";

    private static final ObjectMapper JSON = new ObjectMapper();

    public KeycloakPart(StackConfig config, Distributions distributions) {
        super(config, distributions);
    }

    @Override
    public String name() {
        return "keycloak";
    }

    @Override
    public Map<String, Integer> ports() {
        return Map.of("HTTP", config.port(Setting.KEYCLOAK_PORT));
    }

    /** The server URL, with the fixed host name. */
    public String url() {
        return "http://" + config.hostname() + ":" + config.port(Setting.KEYCLOAK_PORT);
    }

    public String issuer() {
        return url() + "/realms/" + REALM;
    }

    @Override
    public String address() {
        return url() + "/admin/ (realm " + REALM + ")";
    }

    @Override
    public Map<String, String> endpoints() {
        Map<String, String> e = new LinkedHashMap<>();
        e.put("keycloak.url", url());
        e.put("keycloak.realm", REALM);
        e.put("keycloak.issuer", issuer());
        e.put("keycloak.portal.client", PORTAL_CLIENT);
        e.put("keycloak.portal.secret", PORTAL_CLIENT_SECRET);
        return e;
    }

    private Path home() {
        return dir.resolve("home-" + distributions.version("keycloak"));
    }

    @Override
    protected void prepare() {
        // Keycloak writes into its own folder (build step, H2 database), so each stack has a copy.
        Distributions.unpack(distributions.keycloakZip(), home());
        write(home().resolve("data/import/" + REALM + "-realm.json"), realmJson(PortalPart.url(config)));
    }

    /** The realm to import: the static part from resources plus the demo users. */
    static String realmJson(String portalUrl) {
        try (InputStream in = KeycloakPart.class.getResourceAsStream("/vn/gov/moh/soc/stack/health-soc-realm.json")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("@PORTAL_URL@", portalUrl)
                    .replace("@PORTAL_CLIENT_SECRET@", PORTAL_CLIENT_SECRET);
            ObjectNode realm = (ObjectNode) JSON.readTree(text);
            ArrayNode users = realm.putArray("users");
            for (DemoUser demo : DemoUser.values()) {
                ObjectNode user = users.addObject();
                user.put("username", demo.username());
                user.put("enabled", true);
                user.put("email", demo.email());
                user.put("emailVerified", true);
                user.put("firstName", demo.firstName());
                user.put("lastName", demo.lastName());
                user.putObject("attributes").putArray("unit").add(demo.unit());
                user.putArray("realmRoles").add(demo.role());
                ObjectNode credential = user.putArray("credentials").addObject();
                credential.put("type", "password");
                credential.put("value", DemoUser.PASSWORD);
                credential.put("temporary", false);
            }
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(realm);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the realm file", e);
        }
    }

    @Override
    protected List<String> command() {
        int port = config.port(Setting.KEYCLOAK_PORT);
        return List.of(home().resolve("bin/kc.sh").toString(), "start-dev",
                "--http-host=127.0.0.1",
                "--http-port=" + port,
                "--hostname=" + url(),
                "--import-realm",
                "--health-enabled=false",
                "--metrics-enabled=false");
    }

    @Override
    protected Map<String, String> environment() {
        Map<String, String> env = super.environment();
        String heap = config.get(Setting.KEYCLOAK_HEAP);
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("JAVA_OPTS_KC_HEAP", "-Xms128m -Xmx" + heap);
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", config.get(Setting.KEYCLOAK_ADMIN_USER));
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", config.get(Setting.KEYCLOAK_ADMIN_PASSWORD));
        return env;
    }

    /**
     * Asks a realm for tokens with the resource-owner password grant, as the given client.
     *
     * @return the token endpoint's answer (status 0 if Keycloak could not be reached)
     */
    public static Http.Response passwordGrant(String issuer, String clientId, String clientSecret,
                                              String username, String password) {
        return Http.postForm(issuer + "/protocol/openid-connect/token", Map.of(
                "grant_type", "password", "client_id", clientId, "client_secret", clientSecret,
                "username", username, "password", password, "scope", "openid"));
    }

    @Override
    public boolean healthy() {
        return Http.get("http://127.0.0.1:" + config.port(Setting.KEYCLOAK_PORT)
                + "/realms/" + REALM + "/.well-known/openid-configuration").ok();
    }
}
