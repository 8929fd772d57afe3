package vn.gov.moh.soc.agent.generate;

/** JSON string escaping into a {@link StringBuilder}, and for constants once at start-up. */
final class JsonText {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private JsonText() {
    }

    /** The JSON-escaped content of a string, without the surrounding quotes. */
    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        appendEscaped(sb, s);
        return sb.toString();
    }

    /** Appends {@code "s"}, escaped. */
    static StringBuilder appendString(StringBuilder sb, CharSequence s) {
        sb.append('"');
        appendEscaped(sb, s);
        return sb.append('"');
    }

    /** Appends the escaped content of a string, without quotes. */
    static void appendEscaped(StringBuilder sb, CharSequence s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 15]);
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
    }
}
