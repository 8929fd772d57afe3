package vn.gov.moh.soc.agent.generate;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes lines as UTF-8 through a large buffer of its own, without an intermediate
 * {@code String} or charset encoder per line: the fast path of {@code --fast}.
 */
final class Utf8LineWriter implements Flushable, Closeable {
    private final OutputStream out;
    private final boolean closeUnderlying;
    private final byte[] buffer;
    private char[] chars = new char[8192];
    private int position;

    /**
     * @param out             where the bytes go
     * @param bufferSize      bytes buffered before a write
     * @param closeUnderlying whether {@link #close} closes {@code out} (not for standard output)
     */
    Utf8LineWriter(OutputStream out, int bufferSize, boolean closeUnderlying) {
        this.out = out;
        this.buffer = new byte[Math.max(bufferSize, 64)];
        this.closeUnderlying = closeUnderlying;
    }

    /** Appends the line and a line feed. */
    void writeLine(CharSequence line) throws IOException {
        int n = line.length();
        if (chars.length < n) {
            chars = new char[Math.max(n, chars.length * 2)];
        }
        if (line instanceof StringBuilder sb) {
            sb.getChars(0, n, chars, 0);
        } else {
            for (int i = 0; i < n; i++) {
                chars[i] = line.charAt(i);
            }
        }
        byte[] b = buffer;
        int p = position;
        int limit = b.length - 4;
        for (int i = 0; i < n; i++) {
            if (p > limit) {
                out.write(b, 0, p);
                p = 0;
            }
            char c = chars[i];
            if (c < 0x80) {
                b[p++] = (byte) c;
            } else if (c < 0x800) {
                b[p++] = (byte) (0xC0 | c >> 6);
                b[p++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(chars[i + 1])) {
                int cp = Character.toCodePoint(c, chars[++i]);
                b[p++] = (byte) (0xF0 | cp >> 18);
                b[p++] = (byte) (0x80 | cp >> 12 & 0x3F);
                b[p++] = (byte) (0x80 | cp >> 6 & 0x3F);
                b[p++] = (byte) (0x80 | cp & 0x3F);
            } else if (Character.isSurrogate(c)) {
                b[p++] = '?';
            } else {
                b[p++] = (byte) (0xE0 | c >> 12);
                b[p++] = (byte) (0x80 | c >> 6 & 0x3F);
                b[p++] = (byte) (0x80 | c & 0x3F);
            }
        }
        if (p > limit) {
            out.write(b, 0, p);
            p = 0;
        }
        b[p++] = '\n';
        position = p;
    }

    @Override
    public void flush() throws IOException {
        if (position > 0) {
            out.write(buffer, 0, position);
            position = 0;
        }
        out.flush();
    }

    @Override
    public void close() throws IOException {
        try {
            flush();
        } finally {
            if (closeUnderlying) {
                out.close();
            }
        }
    }
}
