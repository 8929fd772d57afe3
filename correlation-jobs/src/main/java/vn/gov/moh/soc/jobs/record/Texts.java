package vn.gov.moh.soc.jobs.record;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;
import org.apache.flink.types.StringValue;

/**
 * Strings between tasks as UTF-8 bytes written in one piece: Flink's {@link StringValue} writes
 * and reads them a character at a time, which was a tenth of the job's CPU on the event's hop from
 * normalize to match. A length of 0 is null; a string UTF-8 cannot carry (a lone surrogate, which
 * a JSON escape can make) travels in {@link StringValue}'s form, so every string arrives as it was
 * sent.
 *
 * <p>Field names repeat on every event: {@link #readName} answers them from a small cache, so the
 * receiving side holds one instance per name, its hash already computed for the field map and the
 * rules' look-ups.
 */
final class Texts {
    private static final int AS_STRING_VALUE = -1;
    private static final int NAME_SLOTS = 1024;
    private static final int LONGEST_CACHED_NAME = 64;

    /** Racy but safe: a slot holds an immutable entry or null; a lost update only costs a miss. */
    private static final CachedName[] NAMES = new CachedName[NAME_SLOTS];

    private Texts() {
    }

    private record CachedName(byte[] bytes, String name) {
    }

    static void write(String text, DataOutputView out) throws IOException {
        if (text == null) {
            writeLength(0, out);
            return;
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        // UTF-8 turns a lone surrogate into '?': an ASCII-only string keeps its length and has no '?'.
        if ((bytes.length != text.length() || hasQuestionMark(bytes)) && hasLoneSurrogate(text)) {
            writeLength(AS_STRING_VALUE, out);
            StringValue.writeString(text, out);
            return;
        }
        writeLength(bytes.length + 1, out);
        out.write(bytes);
    }

    static String read(DataInputView in) throws IOException {
        int length = readLength(in);
        if (length == 0) {
            return null;
        }
        if (length == AS_STRING_VALUE) {
            return StringValue.readString(in);
        }
        byte[] bytes = new byte[length - 1];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** As {@link #read}, for strings that repeat from record to record (field names). */
    static String readName(DataInputView in) throws IOException {
        int length = readLength(in);
        if (length <= 0 || length - 1 > LONGEST_CACHED_NAME) {
            return length == 0 ? null
                    : length == AS_STRING_VALUE ? StringValue.readString(in) : readBytes(in, length - 1);
        }
        byte[] bytes = new byte[length - 1];
        in.readFully(bytes);
        int slot = Arrays.hashCode(bytes) & (NAME_SLOTS - 1);
        CachedName cached = NAMES[slot];
        if (cached != null && Arrays.equals(cached.bytes, bytes)) {
            return cached.name;
        }
        String name = new String(bytes, StandardCharsets.UTF_8);
        name.hashCode();
        NAMES[slot] = new CachedName(bytes, name);
        return name;
    }

    private static String readBytes(DataInputView in, int length) throws IOException {
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static boolean hasQuestionMark(byte[] bytes) {
        for (byte b : bytes) {
            if (b == '?') {
                return true;
            }
        }
        return false;
    }

    private static boolean hasLoneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /** Lengths as unsigned varints after a zig-zag, so the marker -1 takes one byte too. */
    private static void writeLength(int length, DataOutputView out) throws IOException {
        int v = (length << 1) ^ (length >> 31);
        while ((v & ~0x7F) != 0) {
            out.writeByte((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out.writeByte(v);
    }

    private static int readLength(DataInputView in) throws IOException {
        int v = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            int b = in.readUnsignedByte();
            v |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                int length = (v >>> 1) ^ -(v & 1);
                if (length < AS_STRING_VALUE) {
                    throw new IOException("not a serialized string: length " + length);
                }
                return length;
            }
        }
        throw new IOException("not a serialized string: length longer than 5 bytes");
    }
}
