package vn.gov.moh.soc.core.time;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Instants as the platform and the logs it reads most write them, read and written without
 * {@code java.time}'s general formatters: on every event the job reads the agent's received time,
 * a parser the line's time, the normalizer the event's {@code @timestamp}, and writes two of them
 * as text; {@link Instant#parse} alone took a quarter of reading an envelope and 4 % of the job's
 * CPU. Each fast path answers only for the usual form, exactly as the general formatter would,
 * and null (or the formatter's own answer) for everything else.
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
        if (n < 20 || t.charAt(n - 1) != 'Z') {
            return null;
        }
        return dateTime(t, n - 1, 0);
    }

    /**
     * Reads an ISO-8601 date-time with an offset as {@link java.time.OffsetDateTime#parse}{@code (text).toInstant()},
     * the usual form by the fast path.
     *
     * @throws java.time.format.DateTimeParseException if it is not one
     */
    public static Instant parseOffset(String text) {
        Instant fast = offsetInstant(text);
        return fast != null ? fast : java.time.OffsetDateTime.parse(text).toInstant();
    }

    /**
     * An ISO-8601 date-time with seconds and {@code Z} or a {@code ±hh:mm} offset (FHIR's
     * {@code recorded}, {@code 2026-11-21T10:00:00.123+07:00}) read by hand; null for any other
     * form, which {@link java.time.OffsetDateTime#parse} then reads or rejects. Where it answers,
     * it answers as that parser's {@code toInstant()}.
     */
    public static Instant offsetInstant(String t) {
        int n = t.length();
        if (n < 20) {
            return null;
        }
        if (t.charAt(n - 1) == 'Z') {
            return dateTime(t, n - 1, 0);
        }
        if (n < 25 || t.charAt(n - 3) != ':') {
            return null;
        }
        int seconds = offsetSeconds(t, n - 6, digits(t, n - 5, n - 3), digits(t, n - 2, n));
        return seconds == NO_OFFSET ? null : dateTime(t, n - 6, seconds);
    }

    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
        "Dec"};
    private static final int NO_OFFSET = Integer.MIN_VALUE;

    /**
     * The time of the common log format ({@code 21/Nov/2026:10:00:00 +0700}, web servers' access
     * logs: day of one or two digits, English month) read by hand; null for any other form, which
     * {@code DateTimeFormatter.ofPattern("d/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH)} then reads or
     * rejects (that formatter also moves a day past the month's end to its last day: left to it).
     * Where it answers, it answers as that formatter.
     */
    public static Instant commonLogTime(String t) {
        int n = t.length();
        int d = n == 26 ? 2 : n == 25 ? 1 : -1;
        if (d < 0 || t.charAt(d) != '/' || t.charAt(d + 4) != '/' || t.charAt(d + 9) != ':' || t.charAt(d + 12) != ':'
                || t.charAt(d + 15) != ':' || t.charAt(d + 18) != ' ') {
            return null;
        }
        int month = -1;
        for (int m = 0; m < 12; m++) {
            if (t.startsWith(MONTHS[m], d + 1)) {
                month = m + 1;
                break;
            }
        }
        int day = digits(t, 0, d);
        int year = digits(t, d + 5, d + 9);
        int hour = digits(t, d + 10, d + 12);
        int minute = digits(t, d + 13, d + 15);
        int second = digits(t, d + 16, d + 18);
        int offset = offsetSeconds(t, d + 19, digits(t, d + 20, d + 22), digits(t, d + 22, d + 24));
        if (month < 0 || day < 0 || year < 1 || hour < 0 || minute < 0 || second < 0 || offset == NO_OFFSET) {
            return null;
        }
        return instant(year, month, day, hour, minute, second, 0, offset);
    }

    /** The offset's seconds from its sign at t[sign] and its hours and minutes, or NO_OFFSET. */
    private static int offsetSeconds(String t, int sign, int hours, int minutes) {
        char c = t.charAt(sign);
        if (c != '+' && c != '-' || hours < 0 || minutes < 0 || hours > 18 || minutes > 59
                || hours == 18 && minutes > 0) {
            return NO_OFFSET;
        }
        int seconds = hours * 3600 + minutes * 60;
        return c == '-' ? -seconds : seconds;
    }

    /** {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}]} in t[0, end), at an offset of offsetSeconds; null if it is not. */
    private static Instant dateTime(String t, int end, int offsetSeconds) {
        if (end < 19 || end > 29 || t.charAt(4) != '-' || t.charAt(7) != '-' || t.charAt(10) != 'T'
                || t.charAt(13) != ':' || t.charAt(16) != ':') {
            return null;
        }
        int year = digits(t, 0, 4);
        int month = digits(t, 5, 7);
        int day = digits(t, 8, 10);
        int hour = digits(t, 11, 13);
        int minute = digits(t, 14, 16);
        int second = digits(t, 17, 19);
        int nanos = 0;
        if (end > 19) {
            if (t.charAt(19) != '.' || end == 20) {
                return null;
            }
            int fraction = digits(t, 20, end);
            if (fraction < 0) {
                return null;
            }
            nanos = fraction;
            for (int i = end - 20; i < 9; i++) {
                nanos *= 10;
            }
        }
        if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0) {
            return null;
        }
        return instant(year, month, day, hour, minute, second, nanos, offsetSeconds);
    }

    private static Instant instant(int year, int month, int day, int hour, int minute, int second, int nanos,
            int offsetSeconds) {
        try {
            return LocalDateTime.of(year, month, day, hour, minute, second, nanos)
                    .toInstant(offsetSeconds == 0 ? ZoneOffset.UTC : ZoneOffset.ofTotalSeconds(offsetSeconds));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * {@link Instant#toString}'s text (seconds always, the fraction in groups of three digits as
     * needed), written by hand for the years 0 to 9999 and by it for the others: every event gets
     * {@code event.created} and most their {@code @timestamp} this way.
     */
    public static String format(Instant instant) {
        long seconds = instant.getEpochSecond();
        if (seconds < MIN_FAST || seconds >= MAX_FAST) {
            return instant.toString();
        }
        LocalDateTime t = LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC);
        int nanos = instant.getNano();
        char[] out = new char[30];
        put(out, 0, t.getYear(), 4);
        out[4] = '-';
        put(out, 5, t.getMonthValue(), 2);
        out[7] = '-';
        put(out, 8, t.getDayOfMonth(), 2);
        out[10] = 'T';
        put(out, 11, t.getHour(), 2);
        out[13] = ':';
        put(out, 14, t.getMinute(), 2);
        out[16] = ':';
        put(out, 17, t.getSecond(), 2);
        int n = 19;
        if (nanos != 0) {
            out[n++] = '.';
            if (nanos % 1_000_000 == 0) {
                put(out, n, nanos / 1_000_000, 3);
                n += 3;
            } else if (nanos % 1000 == 0) {
                put(out, n, nanos / 1000, 6);
                n += 6;
            } else {
                put(out, n, nanos, 9);
                n += 9;
            }
        }
        out[n++] = 'Z';
        return new String(out, 0, n);
    }

    /** 0000-01-01T00:00:00Z and 10000-01-01T00:00:00Z. */
    private static final long MIN_FAST = -62_167_219_200L;
    private static final long MAX_FAST = 253_402_300_800L;

    private static void put(char[] out, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            out[i] = (char) ('0' + value % 10);
            value /= 10;
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
