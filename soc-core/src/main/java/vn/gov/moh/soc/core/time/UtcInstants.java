package vn.gov.moh.soc.core.time;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Instants as the platform writes them ({@code 2026-11-21T03:00:00.123Z}: UTC, seconds, 0 to 9
 * digits of fraction, {@link Instant#toString}'s form), read without the general ISO-8601 parser:
 * on every event the job reads the agent's received time and the event's {@code @timestamp}, and
 * {@link Instant#parse} took a quarter of reading an envelope and 4 % of the normalize stage.
 */
public final class UtcInstants {
    private UtcInstants() {
    }

    /**
     * Reads an ISO-8601 instant, the platform's form by the fast path, any other through {@link Instant#parse}.
     *
     * @throws java.time.format.DateTimeParseException if it is not an ISO-8601 instant
     */
    public static Instant parse(String text) {
        Instant written = utcInstant(text);
        return written != null ? written : Instant.parse(text);
    }

    /**
     * The platform's form read by hand; null for any other form (an offset, a leap second, hour 24,
     * a year of more than 4 digits, more than 9 digits of fraction, an impossible date), which
     * {@link Instant#parse} then reads or rejects. Where it answers, it answers as {@link Instant#parse}.
     */
    public static Instant utcInstant(String t) {
        int n = t.length();
        if (n < 20 || n > 30 || t.charAt(4) != '-' || t.charAt(7) != '-' || t.charAt(10) != 'T' || t.charAt(13) != ':'
                || t.charAt(16) != ':' || t.charAt(n - 1) != 'Z') {
            return null;
        }
        int year = digits(t, 0, 4);
        int month = digits(t, 5, 7);
        int day = digits(t, 8, 10);
        int hour = digits(t, 11, 13);
        int minute = digits(t, 14, 16);
        int second = digits(t, 17, 19);
        int nanos = 0;
        if (n > 20) {
            if (t.charAt(19) != '.' || n == 21) {
                return null;
            }
            int fraction = digits(t, 20, n - 1);
            if (fraction < 0) {
                return null;
            }
            nanos = fraction;
            for (int i = n - 1 - 20; i < 9; i++) {
                nanos *= 10;
            }
        }
        if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0) {
            return null;
        }
        try {
            return LocalDateTime.of(year, month, day, hour, minute, second, nanos).toInstant(ZoneOffset.UTC);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The decimal number of t[from, to), or -1 if a character is not a digit. */
    private static int digits(String t, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
