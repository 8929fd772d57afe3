package vn.gov.moh.soc.portal.interfaces.web.security;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The redirect URI registered at Keycloak. The OpenID Connect mechanism exchanges the code before
 * this servlet runs; the servlet then sends the logged-in browser to the page it asked for before the
 * login ({@link ReturnTo}; Soteria's own return to the original page is off, see {@link
 * PortalAuthenticationMechanism}).
 */
@WebServlet("/callback")
public class CallbackServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(ReturnTo.target(request));
    }
}
