package vn.gov.moh.soc.portal.interfaces.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import vn.gov.moh.soc.stack.part.DemoUser;
import vn.gov.moh.soc.testkit.KeycloakEndpoint;

/**
 * A client of the deployed portal for integration tests: the demo users' Keycloak tokens (one
 * password grant per user, again when a token nears its expiry: classes on the whole stack run
 * longer than Keycloak's five-minute tokens) and JSON requests that answer status, content type
 * and body.
 */
public final class PortalClient {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<DemoUser, Token> tokens = new EnumMap<>(DemoUser.class);

    /** An access token and when to stop using it. */
    private record Token(String value, Instant renewAt) {
    }
    private final String base;
    private final Supplier<KeycloakEndpoint> keycloak;

    /** The portal Arquillian deployed, with the test kit's Keycloak. */
    PortalClient(URL base) {
        this(base, () -> PortalOnPayara.keycloak);
    }

    /** A portal that checks tokens of the given Keycloak (e.g. the local stack's). */
    public PortalClient(URL base, KeycloakEndpoint keycloak) {
        this(base, () -> keycloak);
    }

    private PortalClient(URL base, Supplier<KeycloakEndpoint> keycloak) {
        this.base = base.toString().replaceAll("/$", "");
        this.keycloak = keycloak;
    }

    /** What the portal answered: the body parsed as JSON, or as a text node when it is not JSON. */
    public record Answer(int status, String type, JsonNode body) {
        public boolean isProblem() {
            return type.startsWith("application/problem+json");
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    synchronized String token(DemoUser user) {
        Token t = tokens.get(user);
        if (t == null || !Instant.now().isBefore(t.renewAt())) {
            Instant asked = Instant.now();
            var response = keycloak.get().passwordGrant(user);
            if (response.status() != 200) {
                throw new IllegalStateException("no token for " + user.username() + ": " + response.body());
            }
            try {
                JsonNode grant = JSON.readTree(response.body());
                long lifetime = grant.path("expires_in").asLong(300);
                t = new Token(grant.path("access_token").asText(), asked.plusSeconds(Math.max(lifetime - 30, lifetime / 2)));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            tokens.put(user, t);
        }
        return t.value();
    }

    /** A request as {@code user}; {@code body} is sent as JSON, or as is when it is a string. */
    public Answer call(String method, String path, DemoUser user, Object body) throws Exception {
        return call(method, URI.create(base + path), user, body);
    }

    /** A request to an address outside the application, e.g. the server's {@code /openapi}. */
    Answer call(String method, URI uri, DemoUser user, Object body) throws Exception {
        return call(method, uri, user, "application/json", body == null ? null
                : body instanceof String s ? s : JSON.writeValueAsString(body));
    }

    /** A request as {@code user} with a body of the given media type (e.g. a Sigma rule's YAML). */
    public Answer call(String method, String path, DemoUser user, String contentType, String body) throws Exception {
        return call(method, URI.create(base + path), user, contentType, body);
    }

    private Answer call(String method, URI uri, DemoUser user, String contentType, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token(user));
        if (body == null) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode json;
        try {
            json = r.body().isBlank() ? JSON.missingNode() : JSON.readTree(r.body());
        } catch (Exception e) {
            json = JSON.getNodeFactory().textNode(r.body());
        }
        return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), json);
    }

    /** How many records the audit trail holds, as the auditor sees them. */
    public long auditRecords() throws Exception {
        Answer v = call("GET", "/api/audit/verification", DemoUser.AUDITOR, null);
        if (v.status() != 200 || !v.body().path("intact").asBoolean()) {
            throw new IllegalStateException("audit verification: " + v);
        }
        return v.body().path("records").asLong();
    }
}
