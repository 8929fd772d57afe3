package vn.gov.moh.soc.core.json;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * JSON string content from UTF-8 bytes, by Jackson's default rules: quote, backslash and the
 * control characters escaped ({@code \n}, {@code \t}, ... where JSON has a two-character form,
 * else a backslash, {@code u00XX} with upper-case hex), every other byte copied. The one
 * difference: a character beyond the Basic Multilingual Plane (an emoji) stays four bytes of UTF-8
 * where Jackson writes its two surrogates as escapes; a reader gets the same text from both.
 * Runs of bytes between escapes are copied eight at a time: most log lines have few characters to
 * escape, and the quotes of a JSON line held inside another JSON document are the only ones.
 */
public final class JsonEscaping {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
    /**
     * How JSON writes each ASCII byte: 0 as it is, a letter for its two-character escape
     * ({@code \n}), -1 for the six-character escape (backslash, {@code u00XX}).
     */
    private static final byte[] ESCAPES = new byte[128];

    static {
        Arrays.fill(ESCAPES, 0, 0x20, (byte) -1);
        ESCAPES['"'] = '"';
        ESCAPES['\\'] = '\\';
        ESCAPES['\b'] = 'b';
        ESCAPES['\t'] = 't';
        ESCAPES['\n'] = 'n';
        ESCAPES['\f'] = 'f';
        ESCAPES['\r'] = 'r';
    }

    private JsonEscaping() {
    }

    /** Room {@link #escape} may use for {@code n} bytes: six a byte at worst, and one word stored whole. */
    public static int room(int n) {
        return 6 * n + 8;
    }

    /** Whether an ASCII character is written escaped. */
    public static boolean needsEscape(char c) {
        return c < 0x80 && ESCAPES[c] != 0;
    }

    /**
     * Writes {@code src[from, to)} as JSON string content (no quotes) into {@code dst} at {@code pos},
     * which must have {@link #room} of the length free.
     *
     * @return the position after the last byte written
     */
    public static int escape(byte[] src, int from, int to, byte[] dst, int pos) {
        int i = from;
        while (i + 8 <= to) {
            long w = (long) LONGS.get(src, i);
            LONGS.set(dst, pos, w); // a word stored whole; an escape overwrites what follows it
            long escapes = escapes(w);
            if (escapes == 0) {
                pos += 8;
                i += 8;
            } else {
                int clean = Long.numberOfTrailingZeros(escapes) >>> 3;
                pos = putEscape(src[i + clean], dst, pos + clean);
                i += clean + 1;
            }
        }
        for (; i < to; i++) {
            int b = src[i];
            if (b < 0 || ESCAPES[b] == 0) {
                dst[pos++] = (byte) b;
            } else {
                pos = putEscape(b, dst, pos);
            }
        }
        return pos;
    }

    /** Index of the first byte of {@code src[from, to)} that JSON escapes, or -1; a word at a time. */
    public static int firstEscape(byte[] src, int from, int to) {
        int i = from;
        while (i + 8 <= to) {
            long escapes = escapes((long) LONGS.get(src, i));
            if (escapes != 0) {
                return i + (Long.numberOfTrailingZeros(escapes) >>> 3);
            }
            i += 8;
        }
        for (; i < to; i++) {
            if (src[i] >= 0 && ESCAPES[src[i]] != 0) {
                return i;
            }
        }
        return -1;
    }

    /** Index of the first {@code b} (an ASCII byte) in {@code bytes} from {@code from}, or -1; a word at a time. */
    public static int indexOf(byte[] bytes, byte b, int from) {
        long pattern = ONES * b;
        int i = from;
        while (i + 8 <= bytes.length) {
            long x = (long) LONGS.get(bytes, i) ^ pattern;
            long zero = (x - ONES) & ~x & HIGHS;
            if (zero != 0) {
                return i + (Long.numberOfTrailingZeros(zero) >>> 3);
            }
            i += 8;
        }
        for (; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private static int putEscape(int b, byte[] dst, int pos) {
        byte code = ESCAPES[b];
        dst[pos++] = '\\';
        if (code > 0) {
            dst[pos++] = code;
        } else {
            dst[pos++] = 'u';
            dst[pos++] = '0';
            dst[pos++] = '0';
            dst[pos++] = HEX[b >> 4];
            dst[pos++] = HEX[b & 0xF];
        }
        return pos;
    }

    /**
     * Marks (high bit of the byte) the bytes of a little-endian word that may need an escape:
     * ASCII below 0x20, a quote, a backslash. The lowest mark is exact (a false one can only
     * follow a true one, by a borrow), so it is the first byte to escape; bytes of 0x80 and
     * above are never marked.
     */
    private static long escapes(long w) {
        long ascii = ~w & HIGHS;
        long control = (w - ONES * 0x20) & ascii;
        long quote = w ^ (ONES * '"');
        long backslash = w ^ (ONES * '\\');
        long quoteZero = (quote - ONES) & ~quote & ascii;
        long backslashZero = (backslash - ONES) & ~backslash & ascii;
        return control | quoteZero | backslashZero;
    }
}
