package vn.gov.moh.soc.portal.domain.shared;

/**
 * The checks of the free texts the domain keeps (titles, names, descriptions): stripped, bounded,
 * and named in the message when refused.
 */
public final class Text {
    private Text() {
    }

    /**
     * The stripped text.
     *
     * @param what how the message names it, e.g. "the provider"
     * @throws IllegalArgumentException when blank or longer than {@code max}
     */
    public static String required(String value, String what, int max) {
        String s = optional(value, what, max);
        if (s == null) {
            throw new IllegalArgumentException(what + " is required");
        }
        return s;
    }

    /** The stripped text, or null when absent or blank; refused when longer than {@code max}. */
    public static String optional(String value, String what, int max) {
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
