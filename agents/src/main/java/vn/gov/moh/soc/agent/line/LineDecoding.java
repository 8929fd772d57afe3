package vn.gov.moh.soc.agent.line;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import vn.gov.moh.soc.core.envelope.Flag;

/**
 * Turns the bytes of one received line or message into the text of an envelope and its flags:
 * <ul>
 * <li>trailing terminators (CR, LF, NUL) are removed;
 * <li>a line longer than the maximum is cut there (never inside a UTF-8 sequence) and flagged
 *     {@link Flag#TRUNCATED}; {@link Decoded#originalBytes} keeps the full size;
 * <li>bytes are decoded as UTF-8; each malformed sequence becomes U+FFFD and the line is flagged
 *     {@link Flag#INVALID_UTF8} (by the rules of RFC 3629: no overlong forms, no surrogates, nothing
 *     above U+10FFFF);
 * <li>a line holding ASCII control characters other than TAB and the line breaks LF, VT, FF, CR
 *     (that is NUL, 0x01 to 0x08, 0x0E to 0x1F, DEL) is flagged {@link Flag#BINARY}; its text keeps
 *     them.
 * </ul>
 * Stateless and thread-safe; used by the syslog and file inputs.
 */
public final class LineDecoding {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;

    /**
     * The decoded line.
     *
     * @param text the text, without its terminator, cut at the maximum size
     * @param flags {@code TRUNCATED}, {@code INVALID_UTF8} and {@code BINARY} as found; unmodifiable
     * @param originalBytes the size of the line in bytes before the cut, without its terminator
     */
    public record Decoded(String text, Set<Flag> flags, long originalBytes) {
        public Decoded {
            Objects.requireNonNull(text, "text");
            flags = flags.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(flags));
        }

        public boolean has(Flag flag) {
            return flags.contains(flag);
        }
    }

    private LineDecoding() {
    }

    /**
     * Decodes a whole line: {@code buf[off, off + len)} is everything that was read for it.
     *
     * @param maxBytes the most bytes kept
     */
    public static Decoded decode(byte[] buf, int off, int len, int maxBytes) {
        return decode(buf, off, len, maxBytes, len);
    }

    /**
     * Decodes a line of which the caller may have kept only the start: {@code buf[off, off + len)}
     * holds its first bytes and {@code originalBytes} is its full size. When {@code originalBytes}
     * is larger than {@code len} the line was cut by the caller: it is flagged {@code TRUNCATED},
     * and its end (a terminator among it) was not seen, so {@code originalBytes} is reported as given.
     *
     * @throws IllegalArgumentException if the range is outside {@code buf}, {@code maxBytes} is not
     *     positive or {@code originalBytes} is less than {@code len}
     */
    public static Decoded decode(byte[] buf, int off, int len, int maxBytes, long originalBytes) {
        Cut cut = cut(buf, off, len, maxBytes, originalBytes);
        return new Decoded(new String(buf, off, cut.keep, StandardCharsets.UTF_8), cut.flags, cut.original);
    }

    /**
     * The line as valid UTF-8 bytes, checked and cut as {@link #decode} does, without making a
     * string of it: the bytes as read when they are valid UTF-8, else with each malformed sequence
     * replaced by U+FFFD.
     */
    public static DecodedUtf8 decodeUtf8(byte[] buf, int off, int len, int maxBytes, long originalBytes) {
        Cut cut = cut(buf, off, len, maxBytes, originalBytes);
        byte[] utf8 = cut.flags.contains(Flag.INVALID_UTF8)
                ? new String(buf, off, cut.keep, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8)
                : java.util.Arrays.copyOfRange(buf, off, off + cut.keep);
        return new DecodedUtf8(utf8, cut.flags.isEmpty() ? Set.of() : Collections.unmodifiableSet(cut.flags), cut.original);
    }

    /**
     * A line as valid UTF-8 bytes.
     *
     * @param utf8 the bytes, without the terminator, cut at the maximum size; do not modify
     * @param flags as in {@link Decoded}
     * @param originalBytes as in {@link Decoded}
     */
    public record DecodedUtf8(byte[] utf8, Set<Flag> flags, long originalBytes) {
    }

    /** How much of the line is kept, its full size and its flags. */
    private record Cut(int keep, long original, EnumSet<Flag> flags) {
    }

    private static Cut cut(byte[] buf, int off, int len, int maxBytes, long originalBytes) {
        Objects.checkFromIndexSize(off, len, buf.length);
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive, not " + maxBytes);
        }
        if (originalBytes < len) {
            throw new IllegalArgumentException("originalBytes " + originalBytes + " is less than len " + len);
        }
        EnumSet<Flag> flags = EnumSet.noneOf(Flag.class);
        int keep = len;
        long original = originalBytes;
        if (originalBytes == len) {
            while (keep > 0 && isTerminator(buf[off + keep - 1])) {
                keep--;
            }
            original = keep;
        }
        if (keep > maxBytes || original > keep) {
            keep = Math.min(keep, maxBytes);
            keep = withoutPartialSequence(buf, off, keep);
            flags.add(Flag.TRUNCATED);
        }
        scan(buf, off, off + keep, flags);
        return new Cut(keep, original, flags);
    }

    private static boolean isTerminator(byte b) {
        return b == '\n' || b == '\r' || b == 0;
    }

    /** The length without a UTF-8 sequence that the cut left incomplete at the end. */
    private static int withoutPartialSequence(byte[] buf, int off, int len) {
        int end = off + len;
        for (int i = end - 1; i >= off && i >= end - 3; i--) {
            int b = buf[i] & 0xFF;
            if ((b & 0xC0) == 0x80) {
                continue; // a continuation byte: look further back for the lead byte
            }
            int sequence = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
            return end - i < sequence ? i - off : len;
        }
        return len;
    }

    /** Adds INVALID_UTF8 and BINARY to {@code flags} as found in {@code buf[from, to)}. */
    private static void scan(byte[] buf, int from, int to, EnumSet<Flag> flags) {
        boolean invalid = false;
        boolean binary = false;
        int i = from;
        while (i < to && !(invalid && binary)) {
            if (i + 8 <= to) {
                // Eight bytes at a time, up to the first that is not printable ASCII.
                long marks = notPlainAscii((long) LONGS.get(buf, i));
                if (marks == 0) {
                    i += 8;
                    continue;
                }
                i += Long.numberOfTrailingZeros(marks) >>> 3;
            }
            int b = buf[i] & 0xFF;
            if (b < 0x80) {
                if (b == 0x7F || (b < 0x20 && b != '\t' && (b < 0x0A || b > 0x0D))) {
                    binary = true;
                }
                i++;
                continue;
            }
            int length = wellFormedLength(buf, i, to);
            if (length == 0) {
                invalid = true;
                i++;
            } else {
                i += length;
            }
        }
        if (invalid) {
            flags.add(Flag.INVALID_UTF8);
        }
        if (binary) {
            flags.add(Flag.BINARY);
        }
    }

    /**
     * Marks (high bit of the byte) the bytes of a little-endian word that are not printable
     * ASCII (0x20 to 0x7E): 0x80 and above, below 0x20, DEL. The lowest mark is exact (a false
     * one can only follow a true one, by a borrow), so it is the first byte to look at.
     */
    private static long notPlainAscii(long w) {
        long high = w & HIGHS;
        long control = (w - ONES * 0x20) & ~w & HIGHS;
        long del = w ^ (ONES * 0x7F);
        long delZero = (del - ONES) & ~del & HIGHS;
        return high | control | delZero;
    }

    /**
     * The length of the well-formed multi-byte sequence at {@code buf[i]} (Unicode table 3-7), or 0
     * if it is malformed or incomplete.
     */
    private static int wellFormedLength(byte[] buf, int i, int to) {
        int b = buf[i] & 0xFF;
        int length;
        int low = 0x80;
        int high = 0xBF;
        if (b >= 0xC2 && b <= 0xDF) {
            length = 2;
        } else if (b == 0xE0) {
            length = 3;
            low = 0xA0;
        } else if (b == 0xED) {
            length = 3;
            high = 0x9F; // no surrogates
        } else if (b >= 0xE1 && b <= 0xEF) {
            length = 3;
        } else if (b == 0xF0) {
            length = 4;
            low = 0x90;
        } else if (b >= 0xF1 && b <= 0xF3) {
            length = 4;
        } else if (b == 0xF4) {
            length = 4;
            high = 0x8F; // nothing above U+10FFFF
        } else {
            return 0; // a continuation byte, C0, C1 (overlong) or F5 to FF
        }
        if (i + length > to) {
            return 0;
        }
        int second = buf[i + 1] & 0xFF;
        if (second < low || second > high) {
            return 0;
        }
        for (int k = 2; k < length; k++) {
            if ((buf[i + k] & 0xC0) != 0x80) {
                return 0;
            }
        }
        return length;
    }
}
