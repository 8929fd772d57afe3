package vn.gov.moh.soc.agent.line;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes line bytes as UTF-8, telling whether bytes had to be replaced (invalid UTF-8) and
 * whether the line holds control characters that text logs do not (binary content). Pure ASCII,
 * the common case, is decoded without the checking decoder.
 */
public final class Utf8Lines {
    /** A decoded line. */
    public record Decoded(String text, boolean invalidUtf8, boolean binary) {
    }

    private final CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);

    /** Not thread-safe: one instance per reading thread. */
    public Utf8Lines() {
    }

    public Decoded decode(byte[] buf, int off, int len) {
        boolean ascii = true;
        boolean binary = false;
        for (int i = off, end = off + len; i < end; i++) {
            byte b = buf[i];
            if (b < 0) {
                ascii = false;
            } else if ((b < 0x20 && b != '\t') || b == 0x7F) {
                binary = true;
            }
        }
        if (ascii) {
            return new Decoded(new String(buf, off, len, StandardCharsets.ISO_8859_1), false, binary);
        }
        try {
            CharBuffer chars = strict.decode(ByteBuffer.wrap(buf, off, len));
            return new Decoded(chars.toString(), false, binary);
        } catch (CharacterCodingException e) {
            return new Decoded(new String(buf, off, len, StandardCharsets.UTF_8), true, binary);
        }
    }
}
