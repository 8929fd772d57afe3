package vn.gov.moh.soc.core.envelope;

import java.util.Locale;

/** What an agent noticed about a line it still shipped. */
public enum Flag {
    /** Longer than the agent's maximum line size: cut there; {@code original_bytes} tells the full size. */
    TRUNCATED,
    /** Not valid UTF-8: each bad byte sequence was replaced with U+FFFD. */
    INVALID_UTF8,
    /** Holds control characters (NUL and the like) that text logs do not have. */
    BINARY,
    /** Joined from several physical lines (a stack trace, for instance). */
    MULTILINE,
    /** Received as syslog but not RFC 3164 or RFC 5424: host and time are the agent's. */
    UNPARSED_SYSLOG,
    /** Declared JSON (JSON lines, evtx-JSON) but not a JSON object. */
    INVALID_JSON;

    /** The name used in JSON: lower case ({@code invalid_utf8}). */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Flag ofJsonName(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
