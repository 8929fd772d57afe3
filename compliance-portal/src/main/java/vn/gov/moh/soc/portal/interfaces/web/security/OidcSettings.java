package vn.gov.moh.soc.portal.interfaces.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the browser logs in: the Keycloak realm (by default the issuer that MP-JWT checks, so the
 * pages and the REST API trust one realm) and the portal's confidential client.
 */
@Named("portalOidc")
@ApplicationScoped
public class OidcSettings {
    @Inject
    @ConfigProperty(name = "mp.jwt.verify.issuer")
    String issuer;
    @Inject
    @ConfigProperty(name = "portal.oidc.client-id", defaultValue = "compliance-portal")
    String clientId;
    @Inject
    @ConfigProperty(name = "portal.oidc.client-secret")
    String clientSecret;

    public String getProviderUri() {
        return issuer;
    }

    public String getClientId() {
        return clientId;
    }

    public String getClientSecret() {
        return clientSecret;
    }

    /** Keycloak's end-session endpoint (OpenID Connect RP-initiated logout). */
    public String endSessionUri() {
        return issuer + "/protocol/openid-connect/logout";
    }
}
