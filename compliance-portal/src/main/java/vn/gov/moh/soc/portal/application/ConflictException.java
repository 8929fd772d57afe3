package vn.gov.moh.soc.portal.application;

/** The request clashes with the current state of the data (e.g. a second open dossier for a system). */
public class ConflictException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ConflictException(String message) {
        super(message);
    }
}
