package vn.gov.moh.soc.agent.generate;

import java.util.SplittableRandom;

/** Hexadecimal renderings: upper and lower case digits, GUIDs, hashes. */
final class Hex {
    private static final char[] LOWER = "0123456789abcdef".toCharArray();
    private static final char[] UPPER = "0123456789ABCDEF".toCharArray();

    private Hex() {
    }

    /** Appends the lowest {@code digits} hex digits of the value. */
    static StringBuilder append(StringBuilder sb, long value, int digits, boolean upper) {
        char[] table = upper ? UPPER : LOWER;
        for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
            sb.append(table[(int) (value >>> shift) & 15]);
        }
        return sb;
    }

    /** Appends {@code 0x1a2b}: the value in lower case without leading zeros, as Windows prints ids. */
    static StringBuilder appendShort(StringBuilder sb, long value) {
        sb.append("0x");
        int digits = Math.max(1, (64 - Long.numberOfLeadingZeros(value) + 3) / 4);
        return append(sb, value, digits, false);
    }

    /** Appends a GUID of two random longs ({@code 8-4-4-4-12}). */
    static StringBuilder appendGuid(StringBuilder sb, long high, long low, boolean upper) {
        append(sb, high >>> 32, 8, upper).append('-');
        append(sb, high >>> 16, 4, upper).append('-');
        append(sb, high, 4, upper).append('-');
        append(sb, low >>> 48, 4, upper).append('-');
        return append(sb, low, 12, upper);
    }

    /** A random version-4 UUID, in lower case. */
    static StringBuilder appendUuid(StringBuilder sb, SplittableRandom rng) {
        long high = rng.nextLong() & 0xFFFFFFFFFFFF0FFFL | 0x4000L;
        long low = rng.nextLong() & 0x3FFFFFFFFFFFFFFFL | 0x8000000000000000L;
        return appendGuid(sb, high, low, false);
    }

    /** {@code n} hex digits derived from a string, stable across runs (fake but consistent hashes). */
    static String digest(String seed, int n, boolean upper) {
        SplittableRandom rng = new SplittableRandom(Stable.hash(seed));
        StringBuilder sb = new StringBuilder(n);
        while (sb.length() < n) {
            append(sb, rng.nextLong(), Math.min(16, n - sb.length()), upper);
        }
        return sb.toString();
    }
}
