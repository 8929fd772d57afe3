package vn.gov.moh.soc.testkit;

import vn.gov.moh.soc.stack.part.DemoUser;
import vn.gov.moh.soc.stack.part.Http;
import vn.gov.moh.soc.stack.part.KeycloakPart;

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
    /** The token endpoint's answer: HTTP status and JSON body. */
    public record TokenResponse(int status, String body) {
    }

    /** Asks for tokens with the resource-owner password grant, as the portal's client. */
    public TokenResponse passwordGrant(String username, String password) {
        Http.Response r = KeycloakPart.passwordGrant(issuer, clientId, clientSecret, username, password);
        if (r.status() == 0) {
            throw new IllegalStateException("Keycloak did not answer at " + issuer + ": " + r.body());
        }
        return new TokenResponse(r.status(), r.body());
    }

    /** Tokens of a demo user. */
    public TokenResponse passwordGrant(DemoUser user) {
        return passwordGrant(user.username(), DemoUser.PASSWORD);
    }
}
