package vn.gov.moh.soc.portal.domain.model.protection;

/** The text checks of this package's values. */
final class Texts {
    private Texts() {
    }

    /** The stripped text; refused when blank or longer than {@code max}. */
    static String required(String value, String what, int max) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
        return optional(value, what, max);
    }

    static String optional(String value, String what, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String s = value.strip();
        if (s.length() > max) {
            throw new IllegalArgumentException(what + " is at most " + max + " characters");
        }
        return s;
    }
}
