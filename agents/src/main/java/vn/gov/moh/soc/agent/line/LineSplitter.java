package vn.gov.moh.soc.agent.line;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Splits bytes fed in chunks into lines ending with LF (a CR before it is dropped). A line
 * longer than the maximum keeps its first bytes and is reported with its full size (see
 * {@link LineDecoding}, which cuts it at a character boundary and flags it); the bytes after the
 * cut are skipped up to the next LF.
 * Memory: one buffer of the maximum line size.
 */
public final class LineSplitter {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    private static final long LFS = ONES * '\n';
    /** Receives each line: its bytes {@code buf[0, length)}, where it started and ended in the stream. */
    public interface Handler {
        void line(byte[] buf, int length, long start, long end, long originalBytes, boolean cut) throws InterruptedException;
    }

    private final int maxBytes;
    private final byte[] line;
    private int length;
    private long start;
    private long originalBytes;
    private boolean cut;

    public LineSplitter(int maxBytes, long startOffset) {
        this.maxBytes = maxBytes;
        this.line = new byte[maxBytes];
        this.start = startOffset;
    }

    /** Where the line being assembled started: the position a restart must read again from. */
    public long pendingStart() {
        return start;
    }

    public boolean hasPartial() {
        return originalBytes > 0;
    }

    /** Restarts at a new position of the stream (after a truncation), dropping any partial line. */
    public void reset(long offset) {
        length = 0;
        originalBytes = 0;
        cut = false;
        start = offset;
    }

    /** Feeds {@code data[off, off + len)}, which follows what was fed before in the stream. */
    public void feed(byte[] data, int off, int len, Handler handler) throws InterruptedException {
        int end = off + len;
        int i = off;
        while (i < end) {
            int lf = indexOf(data, i, end);
            int stop = lf < 0 ? end : lf;
            append(data, i, stop - i);
            if (lf < 0) {
                return;
            }
            long lineEnd = start + originalBytes + 1;
            emit(handler, lineEnd);
            i = lf + 1;
        }
    }

    /** Reports the partial line at the end of the stream (a file that will not grow any more) as a line. */
    public void finish(Handler handler) throws InterruptedException {
        if (originalBytes > 0) {
            emit(handler, start + originalBytes);
        }
    }

    private void emit(Handler handler, long lineEnd) throws InterruptedException {
        int n = length;
        long size = originalBytes;
        if (!cut && n > 0 && line[n - 1] == '\r') {
            n--; // the CR of a CRLF ending is part of the terminator, not of the line
            size--;
        }
        long lineStart = start;
        boolean wasCut = cut;
        length = 0;
        originalBytes = 0;
        cut = false;
        start = lineEnd;
        handler.line(line, n, lineStart, lineEnd, size, wasCut);
    }

    private void append(byte[] data, int from, int count) {
        originalBytes += count;
        int room = maxBytes - length;
        if (count > room) {
            cut = true;
            count = room;
        }
        System.arraycopy(data, from, line, length, count);
        length += count;
    }

    /** The first LF in {@code data[from, to)}, looked for eight bytes at a time, or -1. */
    private static int indexOf(byte[] data, int from, int to) {
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long w = (long) LONGS.get(data, i) ^ LFS;
            long zero = (w - ONES) & ~w & HIGHS; // its lowest bit marks the first LF exactly
            if (zero != 0) {
                return i + (Long.numberOfTrailingZeros(zero) >>> 3);
            }
        }
        for (; i < to; i++) {
            if (data[i] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
