package vn.gov.moh.soc.portal.interfaces.web.security;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The redirect URI registered at Keycloak. The OpenID Connect mechanism handles the code before
 * this servlet runs and sends the browser back to the page it asked for; a request that still
 * arrives here (e.g. reloaded after login) goes to the start page.
 */
@WebServlet("/callback")
public class CallbackServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + "/");
    }
}
