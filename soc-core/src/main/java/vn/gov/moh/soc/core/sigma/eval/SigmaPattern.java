package vn.gov.moh.soc.core.sigma.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A Sigma string value with its wildcards: {@code *} (any run of characters) and {@code ?} (one
 * character). A backslash escapes {@code *}, {@code ?} and itself; before any other character it
 * is a plain backslash (Sigma specification, "Escape Character").
 */
final class SigmaPattern {
    static final byte LITERAL = 0;
    static final byte STAR = 1;
    static final byte ONE = 2;

    final char[] chars;
    final byte[] kinds;

    private SigmaPattern(char[] chars, byte[] kinds) {
        this.chars = chars;
        this.kinds = kinds;
    }

    /** Parses a Sigma value with wildcards and escapes. */
    static SigmaPattern parse(String value) {
        StringBuilder chars = new StringBuilder(value.length());
        List<Byte> kinds = new ArrayList<>(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(i + 1);
                if (next == '*' || next == '?' || next == '\\') {
                    chars.append(next);
                    kinds.add(LITERAL);
                    i++;
                    continue;
                }
            }
            chars.append(c);
            kinds.add(c == '*' ? STAR : c == '?' ? ONE : LITERAL);
        }
        return of(chars.toString(), kinds);
    }

    /** A value without wildcards (numbers, encoded values, placeholders' values taken literally). */
    static SigmaPattern literal(String value) {
        List<Byte> kinds = new ArrayList<>(value.length());
        for (int i = 0; i < value.length(); i++) {
            kinds.add(LITERAL);
        }
        return of(value, kinds);
    }

    private static SigmaPattern of(String chars, List<Byte> kinds) {
        byte[] k = new byte[kinds.size()];
        for (int i = 0; i < k.length; i++) {
            k[i] = kinds.get(i);
        }
        return new SigmaPattern(chars.toCharArray(), k);
    }

    boolean hasWildcards() {
        for (byte k : kinds) {
            if (k != LITERAL) {
                return true;
            }
        }
        return false;
    }

    /** The text, wildcards included as their characters (for literal patterns: the value). */
    String text() {
        return new String(chars);
    }

    SigmaPattern withLeadingStar() {
        return kinds.length > 0 && kinds[0] == STAR ? this : concat(star(), this);
    }

    SigmaPattern withTrailingStar() {
        return kinds.length > 0 && kinds[kinds.length - 1] == STAR ? this : concat(this, star());
    }

    SigmaPattern lowerCase() {
        char[] lower = new String(chars).toLowerCase(Locale.ROOT).toCharArray();
        if (lower.length != chars.length) {
            // A few characters change length when lower-cased; keep such values as they are.
            return this;
        }
        return new SigmaPattern(lower, kinds);
    }

    /** Replaces each literal character from {@code from} at index i by the variants. */
    SigmaPattern replaceLiteral(int index, char c) {
        char[] copy = chars.clone();
        copy[index] = c;
        return new SigmaPattern(copy, kinds);
    }

    private static SigmaPattern star() {
        return new SigmaPattern(new char[] {'*'}, new byte[] {STAR});
    }

    private static SigmaPattern concat(SigmaPattern a, SigmaPattern b) {
        char[] c = new char[a.chars.length + b.chars.length];
        byte[] k = new byte[c.length];
        System.arraycopy(a.chars, 0, c, 0, a.chars.length);
        System.arraycopy(b.chars, 0, c, a.chars.length, b.chars.length);
        System.arraycopy(a.kinds, 0, k, 0, a.kinds.length);
        System.arraycopy(b.kinds, 0, k, a.kinds.length, b.kinds.length);
        return new SigmaPattern(c, k);
    }
}
