package vn.gov.moh.soc.testkit;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import vn.gov.moh.soc.stack.part.DemoUser;

/**
 * A running Keycloak with the platform's realm.
 *
 * @param url          the server URL with its fixed host name
 * @param realm        the realm name
 * @param issuer       the {@code iss} of the realm's tokens
 * @param clientId     the portal's confidential client
 * @param clientSecret its secret
 */
public record KeycloakEndpoint(String url, String realm, String issuer, String clientId, String clientSecret) {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** The token endpoint's answer: HTTP status and JSON body. */
    public record TokenResponse(int status, String body) {
    }

    /** Asks for tokens with the resource-owner password grant, as the portal's client. */
    public TokenResponse passwordGrant(String username, String password) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "password");
        form.put("client_id", clientId);
        form.put("client_secret", clientSecret);
        form.put("username", username);
        form.put("password", password);
        form.put("scope", "openid");
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new TokenResponse(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak did not answer at " + issuer + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Tokens of a demo user. */
    public TokenResponse passwordGrant(DemoUser user) {
        return passwordGrant(user.username(), DemoUser.PASSWORD);
    }
}
