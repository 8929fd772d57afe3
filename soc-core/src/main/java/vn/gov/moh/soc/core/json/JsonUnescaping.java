package vn.gov.moh.soc.core.json;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * A JSON string value read straight from the UTF-8 document, for the one long string of a
 * record (the log line inside an envelope): runs between escapes are found eight bytes at a time
 * and decoded by the JDK's UTF-8 decoder in one piece. It answers only where that gives exactly
 * the text Jackson's parser gives, and {@code null} elsewhere, so that the caller asks the parser:
 * a backslash-u escape (a lone surrogate must stay one), a replacement character in the decoded
 * text (bytes that are not well-formed UTF-8, which the parser reads its own way), a string not
 * closed in the buffer. Control characters need no check here: the parser has already refused
 * a document with one unescaped.
 */
public final class JsonUnescaping {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;

    private JsonUnescaping() {
    }

    /**
     * The text of the JSON string whose opening quote is at {@code json[quote]}, or {@code null}
     * where the parser must read it (see the class).
     */
    public static String text(byte[] json, int quote) {
        if (quote < 0 || quote >= json.length || json[quote] != '"') {
            return null;
        }
        int start = quote + 1;
        int i = next(json, start);
        if (i < 0) {
            return null;
        }
        if (json[i] == '"') {
            return checked(new String(json, start, i - start, StandardCharsets.UTF_8));
        }
        byte[] out = new byte[json.length - start];
        int pos = 0;
        int run = start;
        while (true) {
            System.arraycopy(json, run, out, pos, i - run);
            pos += i - run;
            if (json[i] == '"') {
                return checked(new String(out, 0, pos, StandardCharsets.UTF_8));
            }
            if (i + 1 >= json.length) {
                return null;
            }
            byte unescaped = switch (json[i + 1]) {
                case '"' -> '"';
                case '\\' -> '\\';
                case '/' -> '/';
                case 'b' -> '\b';
                case 'f' -> '\f';
                case 'n' -> '\n';
                case 'r' -> '\r';
                case 't' -> '\t';
                default -> 0; // a backslash-u escape, or one the parser refuses
            };
            if (unescaped == 0) {
                return null;
            }
            out[pos++] = unescaped;
            run = i + 2;
            i = next(json, run);
            if (i < 0) {
                return null;
            }
        }
    }

    private static String checked(String text) {
        return text.indexOf('\uFFFD') >= 0 ? null : text;
    }

    /** Index of the next quote or backslash from {@code from}, or -1. */
    private static int next(byte[] json, int from) {
        int i = from;
        while (i + 8 <= json.length) {
            long w = (long) LONGS.get(json, i);
            long quote = w ^ (ONES * '"');
            long backslash = w ^ (ONES * '\\');
            long ascii = ~w & HIGHS;
            long found = ((quote - ONES) & ~quote | (backslash - ONES) & ~backslash) & ascii;
            if (found != 0) {
                return i + (Long.numberOfTrailingZeros(found) >>> 3);
            }
            i += 8;
        }
        for (; i < json.length; i++) {
            if (json[i] == '"' || json[i] == '\\') {
                return i;
            }
        }
        return -1;
    }
}
