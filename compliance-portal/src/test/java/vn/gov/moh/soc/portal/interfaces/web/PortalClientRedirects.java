package vn.gov.moh.soc.portal.interfaces.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import vn.gov.moh.soc.testkit.KeycloakEndpoint;

/**
 * Lets Keycloak send the browser back to the portal that Arquillian started on a random port: the
 * realm's client allows only the local stack's fixed portal URL, so the test adds the deployment's
 * URL to the client's redirect and post-logout URIs through Keycloak's admin API.
 */
public final class PortalClientRedirects {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private PortalClientRedirects() {
    }

    public static void allow(KeycloakEndpoint keycloak, String portalUrl) throws Exception {
        String admin = adminToken(keycloak);
        String clients = keycloak.url() + "/admin/realms/" + keycloak.realm() + "/clients";
        JsonNode found = JSON.readTree(send(HttpRequest.newBuilder(URI.create(clients + "?clientId="
                + URLEncoder.encode(keycloak.clientId(), StandardCharsets.UTF_8))).header("Authorization", "Bearer " + admin).GET(), 200));
        ObjectNode client = (ObjectNode) found.get(0);
        String pattern = portalUrl.replaceAll("/$", "") + "/*";
        ArrayNode redirects = (ArrayNode) client.withArray("redirectUris");
        redirects.add(pattern);
        ObjectNode attributes = client.with("attributes");
        String logout = attributes.path("post.logout.redirect.uris").asText("");
        attributes.put("post.logout.redirect.uris", logout.isEmpty() ? pattern : logout + "##" + pattern);
        send(HttpRequest.newBuilder(URI.create(clients + "/" + client.path("id").asText()))
                .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(client))), 204);
    }

    private static String adminToken(KeycloakEndpoint keycloak) throws Exception {
        String form = "grant_type=password&client_id=admin-cli&username=admin&password=admin";
        String body = send(HttpRequest.newBuilder(URI.create(keycloak.url() + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)), 200);
        return JSON.readTree(body).path("access_token").asText();
    }

    private static String send(HttpRequest.Builder request, int expected) throws Exception {
        HttpResponse<String> r = HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != expected) {
            throw new IllegalStateException("Keycloak admin API answered " + r.statusCode() + " instead of " + expected + ": " + r.body());
        }
        return r.body();
    }
}
