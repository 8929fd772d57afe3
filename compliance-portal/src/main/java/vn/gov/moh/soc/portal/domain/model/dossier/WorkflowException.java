package vn.gov.moh.soc.portal.domain.model.dossier;

/** The action does not fit the dossier's state (e.g. approving a draft). */
public class WorkflowException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public WorkflowException(String message) {
        super(message);
    }
}
