package vn.gov.moh.soc.agent.syslog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Splits a syslog stream into messages by RFC 6587, deciding the framing at the start of each
 * message:
 * <ul>
 * <li>octet counting ({@code LEN SP MSG}) when the message starts with a digit 1 to 9: exactly
 *     {@code LEN} bytes follow the space;
 * <li>non-transparent framing otherwise: the message ends at LF (CRLF too: the CR is dropped) or
 *     NUL, or at the end of the stream.
 * </ul>
 * A message longer than the maximum keeps its first {@code maxBytes} bytes and the rest is read and
 * dropped, so the next message starts where it should. A length field that is not one (a non-digit
 * before the space, more than ten digits) makes the reader give up octet counting for the rest of
 * the stream: those bytes start an LF-terminated message and {@link #abandonedOctetCounting()}
 * turns true.
 *
 * <p>Memory is bounded: one read buffer and one message buffer that grows up to {@code maxBytes}
 * and shrinks back after a large message. Not thread-safe: one reader per connection.
 */
final class FrameReader {
    static final int READ_BUFFER_BYTES = 64 * 1024;
    private static final int INITIAL_MESSAGE_BYTES = 8 * 1024;
    private static final int KEPT_MESSAGE_BYTES = 256 * 1024;
    /** More digits than any sane length; ten keeps the value within a long. */
    private static final int MAX_LENGTH_DIGITS = 10;

    private final InputStream in;
    private final int maxBytes;
    private final byte[] input;
    private int pos;
    private int limit;
    private byte[] message;
    private int length;
    private long originalBytes;
    private boolean incomplete;
    private boolean lfOnly;

    FrameReader(InputStream in, int maxBytes) {
        this(in, maxBytes, READ_BUFFER_BYTES);
    }

    FrameReader(InputStream in, int maxBytes, int readBufferBytes) {
        if (maxBytes <= 0 || readBufferBytes <= 0) {
            throw new IllegalArgumentException("sizes must be positive");
        }
        this.in = in;
        this.maxBytes = maxBytes;
        this.input = new byte[readBufferBytes];
        this.message = new byte[Math.min(INITIAL_MESSAGE_BYTES, maxBytes)];
    }

    /**
     * Reads the next message; blocks until it is complete or the stream ends.
     *
     * @return false at the end of the stream, with no message
     */
    boolean next() throws IOException {
        if (message.length > KEPT_MESSAGE_BYTES) {
            message = new byte[Math.min(INITIAL_MESSAGE_BYTES, maxBytes)];
        }
        length = 0;
        originalBytes = 0;
        incomplete = false;
        if (!fill()) {
            return false;
        }
        byte first = input[pos];
        if (!lfOnly && first >= '1' && first <= '9') {
            long count = readLength();
            if (count >= 0) {
                readCounted(count);
                return true;
            }
        }
        readToTerminator();
        return true;
    }

    /** The buffer holding the message's first {@link #length()} bytes; reused by the next call. */
    byte[] message() {
        return message;
    }

    /** How many bytes of the message were kept: at most {@code maxBytes}. */
    int length() {
        return length;
    }

    /** The message's full size in bytes, without its terminator; more than {@link #length()} if cut. */
    long originalBytes() {
        return originalBytes;
    }

    /** True if the stream ended inside an octet-counted message: it is shorter than announced. */
    boolean incomplete() {
        return incomplete;
    }

    /** True once a bad length field made the reader treat the rest of the stream as LF-framed. */
    boolean abandonedOctetCounting() {
        return lfOnly;
    }

    /**
     * Reads {@code LEN SP}. On a bad length, switches to LF framing, puts the digits read into the
     * message and returns -1; the byte that broke the length is left unread.
     */
    private long readLength() throws IOException {
        long value = 0;
        int digits = 0;
        while (fill()) {
            byte b = input[pos];
            if (b == ' ') {
                pos++;
                return value;
            }
            if (b < '0' || b > '9' || digits == MAX_LENGTH_DIGITS) {
                break;
            }
            value = value * 10 + (b - '0');
            digits++;
            pos++;
        }
        // Not a length (or the stream ended): the digits are the start of an LF-framed message.
        // They had no leading zero, so their text is the value's.
        if (digits > 0 && pos < limit) {
            lfOnly = true;
        }
        byte[] text = Long.toString(value).getBytes(StandardCharsets.US_ASCII);
        append(text, 0, text.length);
        return -1;
    }

    private void readCounted(long count) throws IOException {
        long remaining = count;
        while (remaining > 0) {
            if (!fill()) {
                incomplete = true;
                break;
            }
            int n = (int) Math.min(remaining, limit - pos);
            append(input, pos, n);
            pos += n;
            remaining -= n;
        }
    }

    private void readToTerminator() throws IOException {
        boolean lastWasCr = false;
        while (fill()) {
            int start = pos;
            int i = start;
            while (i < limit && input[i] != '\n' && input[i] != 0) {
                i++;
            }
            if (i > start) {
                append(input, start, i - start);
                lastWasCr = input[i - 1] == '\r';
            }
            if (i < limit) {
                pos = i + 1; // the terminator
                break;
            }
            pos = limit;
        }
        // A CR before the LF is part of the terminator. When the message was kept whole the
        // decoder trims it; when it was cut, it is not counted here.
        if (lastWasCr && originalBytes > length) {
            originalBytes--;
        }
    }

    /** Keeps what fits under {@code maxBytes} and counts everything. */
    private void append(byte[] src, int off, int n) {
        originalBytes += n;
        int room = maxBytes - length;
        int kept = Math.min(n, room);
        if (kept <= 0) {
            return;
        }
        if (length + kept > message.length) {
            int size = message.length;
            while (size < length + kept) {
                size = (int) Math.min((long) size * 2, maxBytes);
            }
            message = Arrays.copyOf(message, size);
        }
        System.arraycopy(src, off, message, length, kept);
        length += kept;
    }

    /** Makes sure a byte is ready at {@code pos}; false at the end of the stream. */
    private boolean fill() throws IOException {
        if (pos < limit) {
            return true;
        }
        int n;
        do {
            n = in.read(input, 0, input.length); // blocks until a byte arrives; 0 only from a broken stream
        } while (n == 0);
        if (n < 0) {
            pos = 0;
            limit = 0;
            return false;
        }
        pos = 0;
        limit = n;
        return true;
    }
}
