package vn.gov.moh.soc.portal.application;

/** A request field the domain refused; {@link #field()} is its JSON path, e.g. {@code components[0].addresses[1]}. */
public class InvalidFieldException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String field;

    public InvalidFieldException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
