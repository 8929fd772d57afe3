package vn.gov.moh.soc.portal.interfaces.web.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Typed;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * The one authentication mechanism of the war, as Payara picks it through the context parameter
 * {@code fish.payara.security.mechanism} (web.xml): requests under {@code /api} go to Payara's
 * MP-JWT mechanism (bearer tokens, set up by {@code @LoginConfig} on the JAX-RS application), every
 * other request to the OpenID Connect mechanism defined here (the browser's login at Keycloak).
 * Jakarta Security 3 knows one mechanism per application; Jakarta Security 4's handler that chooses
 * among several arrives with Jakarta EE 11, which Payara 6 does not have.
 *
 * <p>Payara's Soteria evaluates the definition's attributes as immediate expressions only
 * ({@code ${...}}; a deferred {@code #{...}} reaches Keycloak as it is written).
 *
 * <p>The two delegates are found among the beans by their type names: both are Payara's own
 * classes, not on the war's class path.
 */
@ApplicationScoped
@Typed(PortalAuthenticationMechanism.class)
@OpenIdAuthenticationMechanismDefinition(
        providerURI = "${portalOidc.providerUri}",
        clientId = "${portalOidc.clientId}",
        clientSecret = "${portalOidc.clientSecret}",
        redirectURI = "${baseURL}/callback",
        // Soteria 3.0.3 replays the original request with null parameters after a GET without any
        // (NPE in RequestData.getParameters): the callback servlet sends the browser back itself (ReturnTo).
        redirectToOriginalResource = false,
        claimsDefinition = @ClaimsDefinition(callerNameClaim = "preferred_username", callerGroupsClaim = "groups"))
public class PortalAuthenticationMechanism implements HttpAuthenticationMechanism {
    static final String JWT_MECHANISM = "fish.payara.microprofile.jwtauth.eesecurity.JWTAuthenticationMechanism";
    static final String OIDC_MECHANISM = "org.glassfish.soteria.mechanisms.OpenIdAuthenticationMechanism";
    /** The REST API's prefix, from {@code PortalApplication}'s {@code @ApplicationPath}. */
    static final String API = "/api";

    @Inject
    BeanManager beans;

    private HttpAuthenticationMechanism bearer;
    private HttpAuthenticationMechanism browser;

    @PostConstruct
    void findDelegates() {
        bearer = delegate(JWT_MECHANISM);
        browser = delegate(OIDC_MECHANISM);
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
            throws AuthenticationException {
        if (!isApi(request) && context.isProtected() && request.getUserPrincipal() == null
                && !request.getRequestURI().endsWith("/callback")) {
            ReturnTo.remember(request);
        }
        return pick(request).validateRequest(request, response, context);
    }

    @Override
    public AuthenticationStatus secureResponse(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
            throws AuthenticationException {
        return pick(request).secureResponse(request, response, context);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        pick(request).cleanSubject(request, response, context);
    }

    private HttpAuthenticationMechanism pick(HttpServletRequest request) {
        return isApi(request) ? bearer : browser;
    }

    /** Whether the request is for the REST API, by its path inside the application. */
    static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals(API) || path.startsWith(API + "/");
    }

    /**
     * The mechanism bean whose class or one of whose types has the given name. MP-JWT's bean has its
     * class among its types; Soteria's OpenID Connect mechanism is a managed bean of its own class
     * (which Soteria's own HttpAuthenticationMechanism bean only forwards to).
     */
    private HttpAuthenticationMechanism delegate(String typeName) {
        List<String> seen = new ArrayList<>();
        for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
            boolean named = bean.getBeanClass().getName().equals(typeName)
                    || bean.getTypes().stream().anyMatch(t -> t instanceof Class<?> c && c.getName().equals(typeName));
            if (named && bean.getTypes().stream().anyMatch(t -> t instanceof Class<?> c && HttpAuthenticationMechanism.class.isAssignableFrom(c))) {
                Type type = bean.getTypes().stream().filter(t -> t instanceof Class<?> c && c.getName().equals(typeName)).findFirst()
                        .orElse(bean.getBeanClass());
                return (HttpAuthenticationMechanism) beans.getReference(bean, type, beans.createCreationalContext(bean));
            }
            if (bean.getTypes().contains(HttpAuthenticationMechanism.class)) {
                seen.add(bean.getBeanClass().getName() + " " + bean.getTypes());
            }
        }
        throw new IllegalStateException("no authentication mechanism of type " + typeName + " among " + seen
                + " (Payara 6's MP-JWT and Jakarta Security OpenID Connect mechanisms are expected)");
    }
}
