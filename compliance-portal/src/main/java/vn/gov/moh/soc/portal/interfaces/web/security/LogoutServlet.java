package vn.gov.moh.soc.portal.interfaces.web.security;

import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Ends the portal's session and Keycloak's (RP-initiated logout with the ID token as hint), then
 * comes back to the portal's start page, which asks for a new login.
 */
@WebServlet("/logout")
public class LogoutServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    OpenIdContext openId;
    @Inject
    OidcSettings settings;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String idToken = null;
        try {
            idToken = openId.getIdentityToken().getToken();
        } catch (RuntimeException e) {
            idToken = null; // no login in this session: only the local logout is left to do
        }
        // Not request.logout(): Soteria's OpenID Connect mechanism answers it with a redirect of its own,
        // which leaves no room for Keycloak's logout. Its tokens live in the session, so this ends the login.
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        String back = request.getRequestURL().toString().replaceFirst("/logout$", "/");
        StringBuilder target = new StringBuilder(settings.endSessionUri())
                .append("?client_id=").append(URLEncoder.encode(settings.getClientId(), StandardCharsets.UTF_8))
                .append("&post_logout_redirect_uri=").append(URLEncoder.encode(back, StandardCharsets.UTF_8));
        if (idToken != null) {
            target.append("&id_token_hint=").append(URLEncoder.encode(idToken, StandardCharsets.UTF_8));
        }
        response.sendRedirect(target.toString());
    }
}
