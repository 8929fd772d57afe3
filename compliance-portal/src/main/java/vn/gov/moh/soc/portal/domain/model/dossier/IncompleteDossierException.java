package vn.gov.moh.soc.portal.domain.model.dossier;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The dossier lacks or has invalid parts, each named by its field. */
public class IncompleteDossierException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final Map<String, String> fields;

    public IncompleteDossierException(Map<String, String> fields) {
        super(String.join("; ", fields.values()));
        this.fields = new LinkedHashMap<>(fields);
    }

    /** Field name to message, in the dossier's order. */
    public Map<String, String> fields() {
        return Collections.unmodifiableMap(fields);
    }

    public String firstField() {
        return fields.keySet().iterator().next();
    }
}
