package vn.gov.moh.soc.portal.application;

/** The caller may not do this to this unit's data. */
public class AccessDeniedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String message) {
        super(message);
    }
}
