package vn.gov.moh.soc.portal.domain.model.requirement;

/** The catalog's text checks, one place for the messages. */
final class Text {
    private Text() {
    }

    static String require(String value, String message) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(message);
        }
        return value.strip();
    }
}
