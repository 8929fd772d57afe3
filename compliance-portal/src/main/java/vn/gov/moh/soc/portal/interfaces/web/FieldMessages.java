package vn.gov.moh.soc.portal.interfaces.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Map;
import vn.gov.moh.soc.portal.application.AccessDeniedException;
import vn.gov.moh.soc.portal.application.InvalidFieldException;
import vn.gov.moh.soc.portal.application.NotFoundException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gov.moh.soc.portal.interfaces.web.i18n.Language;

/**
 * Shows the application's refusals on the page: a field error (the JSON path of
 * {@code InvalidFieldException} or a Bean Validation property path, e.g.
 * {@code components[1].addresses[0]}) next to the input it names, anything else at the top.
 */
public final class FieldMessages {
    private static final Pattern COMPONENT = Pattern.compile("components\\[(\\d+)]\\.(\\w+).*");
    /** The profile's paths that the application names, and the wizard's inputs for them. */
    private static final Map<String, String> PROFILE_INPUTS = Map.of(
            "profile.information", "categories",
            "profile.onlineService", "onlineService");

    private FieldMessages() {
    }

    /** The client id of the input for a path inside a form whose components repeat under {@code components}. */
    public static String clientId(String form, String path) {
        if (path == null || path.isBlank()) {
            return null;
        }
        Matcher m = COMPONENT.matcher(path);
        if (m.matches()) {
            return form + ":components:" + m.group(1) + ":" + m.group(2);
        }
        for (Map.Entry<String, String> p : PROFILE_INPUTS.entrySet()) {
            if (path.startsWith(p.getKey())) {
                return form + ":" + p.getValue();
            }
        }
        String first = path.split("[.\\[]", 2)[0];
        return form + ":" + first;
    }

    public static void field(String form, String path, String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String id = clientId(form, path);
        // findComponent does not walk into a row of ui:repeat; a component's row always has its inputs.
        boolean inRow = path != null && COMPONENT.matcher(path).matches();
        if (id != null && !inRow && faces.getViewRoot().findComponent(":" + id) == null) {
            id = null; // a path with no input of its own (e.g. the profile): shown at the top with the path
            text = path + ": " + text;
        }
        error(faces, id, text);
    }

    /**
     * A field's message in one row of a repeat, e.g. {@code row = "checklist:lines:3"}: the row's
     * inputs are there on every row, and findComponent does not walk into a row to check.
     */
    public static void fieldInRow(String row, String field, String text) {
        error(FacesContext.getCurrentInstance(), row + ":" + field, text);
    }

    private static void error(FacesContext faces, String clientId, String text) {
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        faces.validationFailed();
    }

    /**
     * Shows a refusal of the application: a field error next to its field, a denial or an unknown id
     * at the top. Anything else is not a refusal and goes on to the error page.
     */
    public static void refused(String form, RuntimeException e) {
        if (e instanceof InvalidFieldException f) {
            field(form, f.field(), f.getMessage());
        } else if (e instanceof AccessDeniedException) {
            page("error.denied", e.getMessage());
        } else if (e instanceof NotFoundException) {
            page("error.notFound", e.getMessage());
        } else {
            throw e;
        }
    }

    /** A refusal that names no field: denied, not found. */
    public static void page(String key, String detail) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String summary = text(key);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, summary, detail));
        faces.validationFailed();
    }

    public static void info(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String summary = text(key);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, summary, ""));
    }

    /** A text of the pages' bundle in the user's language (the view's own locale is set only when it renders). */
    public static String text(String key) {
        return ResourceBundle.getBundle("i18n.messages", CDI.current().select(Language.class).get().getLocale()).getString(key);
    }
}
