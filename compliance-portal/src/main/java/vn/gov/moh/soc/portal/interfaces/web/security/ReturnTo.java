package vn.gov.moh.soc.portal.interfaces.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;

/**
 * The page a browser asked for before it was sent to Keycloak, kept in its session and used by
 * the callback after the login. Only pages are kept (GET of a {@code .xhtml} view or the start
 * page), never the callback, Faces resources or API calls, and only as a path inside the portal:
 * the callback can never be made to send a user to another site.
 */
final class ReturnTo {
    static final String ATTRIBUTE = ReturnTo.class.getName();

    private ReturnTo() {
    }

    /** Remembers the request when it is a page view the login should come back to. */
    static void remember(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            return;
        }
        String inside = request.getRequestURI().substring(request.getContextPath().length());
        String query = request.getQueryString();
        worthReturningTo(inside).ifPresent(path -> request.getSession(true).setAttribute(ATTRIBUTE,
                request.getContextPath() + path + (query == null ? "" : "?" + query)));
    }

    /** Where the callback sends the browser: the remembered page, else the start page. */
    static String target(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object kept = session == null ? null : session.getAttribute(ATTRIBUTE);
        if (session != null) {
            session.removeAttribute(ATTRIBUTE);
        }
        return safe(request.getContextPath(), kept instanceof String s ? s : null);
    }

    /** The path inside the portal worth returning to, if this one is. */
    static Optional<String> worthReturningTo(String pathInside) {
        if (pathInside.isEmpty() || pathInside.equals("/")) {
            return Optional.of("/");
        }
        if (pathInside.endsWith(".xhtml") && !pathInside.startsWith("/jakarta.faces.resource/")
                && !pathInside.startsWith("/WEB-INF/")) {
            return Optional.of(pathInside);
        }
        return Optional.empty();
    }

    /** The kept target when it is a path of this portal; the start page otherwise. */
    static String safe(String contextPath, String kept) {
        String start = contextPath + "/";
        if (kept == null || !kept.startsWith(start) || kept.startsWith("//") || kept.contains("\\")
                || kept.chars().anyMatch(c -> c < 0x20)) {
            return start;
        }
        return kept;
    }
}
