package vn.gov.moh.soc.portal.interfaces.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
        if (id != null && faces.getViewRoot().findComponent(":" + id) == null) {
            id = null; // a path with no input of its own (e.g. the profile): shown at the top with the path
            text = path + ": " + text;
        }
        faces.addMessage(id, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        faces.validationFailed();
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
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, summary, null));
    }

    /** A text of the pages' bundle in the view's language. */
    public static String text(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return ResourceBundle.getBundle("i18n.messages", faces.getViewRoot().getLocale()).getString(key);
    }
}
