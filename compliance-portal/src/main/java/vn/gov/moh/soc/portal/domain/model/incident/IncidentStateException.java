package vn.gov.moh.soc.portal.domain.model.incident;

/** The change does not fit the incident's status (e.g. moving a closed incident, closing without a resolution). */
public class IncidentStateException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public IncidentStateException(String message) {
        super(message);
    }
}
