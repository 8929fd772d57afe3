package vn.gov.moh.soc.portal.interfaces.web.i18n;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Locale;
import java.util.Set;

/** The user's language for the session: Vietnamese first, English on request. */
@Named("language")
@SessionScoped
public class Language implements Serializable {
    private static final long serialVersionUID = 1L;
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final Set<String> SUPPORTED = Set.of("vi", "en");

    private Locale locale = VIETNAMESE;

    public Locale getLocale() {
        return locale;
    }

    public String getCode() {
        return locale.getLanguage();
    }

    /** Switches and reloads the current page with a GET, so its parameters stay. */
    public void use(String code) throws IOException {
        if (!SUPPORTED.contains(code)) {
            throw new IllegalArgumentException("unsupported language: " + code);
        }
        locale = Locale.forLanguageTag(code);
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getViewRoot().setLocale(locale);
        var external = faces.getExternalContext();
        String query = ((jakarta.servlet.http.HttpServletRequest) external.getRequest()).getQueryString();
        String view = faces.getViewRoot().getViewId();
        if (query != null) {
            external.redirect(external.getRequestContextPath() + view + "?" + query);
        } else {
            // A postback's address has no query: the page's view parameters (?system=, ?unit=) come from the view itself.
            external.redirect(faces.getApplication().getViewHandler().getRedirectURL(faces, view, java.util.Map.of(), true));
        }
    }
}
