package vn.gov.moh.soc.agent.line;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.gov.moh.soc.core.envelope.Flag;

class LineDecodingTest {

    private static LineDecoding.Decoded decode(byte[] bytes, int max) {
        return LineDecoding.decode(bytes, 0, bytes.length, max);
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    @Test
    void validUtf8WithVietnameseTextIsKeptAsIsWithoutFlags() {
        String text = "<13>Nov 21 10:00:00 his-01 app: Bệnh viện Bạch Mai \u2013 đăng nhập 🏥\tok";
        LineDecoding.Decoded d = decode(text.getBytes(UTF_8), 1024);
        assertThat(d.text()).isEqualTo(text);
        assertThat(d.flags()).isEmpty();
        assertThat(d.originalBytes()).isEqualTo(text.getBytes(UTF_8).length);
    }

    @Test
    void trailingTerminatorsAreTrimmedAndNotCounted() {
        LineDecoding.Decoded d = decode("abc\r\n\0".getBytes(UTF_8), 1024);
        assertThat(d.text()).isEqualTo("abc");
        assertThat(d.flags()).isEmpty();
        assertThat(d.originalBytes()).isEqualTo(3);
    }

    @Test
    void respectsOffsetAndLength() {
        byte[] buf = "xxhello worldyy".getBytes(UTF_8);
        LineDecoding.Decoded d = LineDecoding.decode(buf, 2, 11, 1024);
        assertThat(d.text()).isEqualTo("hello world");
        assertThat(d.originalBytes()).isEqualTo(11);
    }

    @Test
    void invalidSequencesAreReplacedAndFlagged() {
        // a lone continuation byte, a truncated 2-byte sequence, an overlong '/', a surrogate, above U+10FFFF
        for (byte[] bad : new byte[][] {bytes('a', 0x80, 'b'), bytes('a', 0xC3), bytes(0xC0, 0xAF),
                bytes(0xED, 0xA0, 0x80), bytes(0xF4, 0x90, 0x80, 0x80), bytes(0xFF)}) {
            LineDecoding.Decoded d = decode(bad, 1024);
            assertThat(d.flags()).as("flags of %s", java.util.Arrays.toString(bad)).containsExactly(Flag.INVALID_UTF8);
            assertThat(d.text()).contains("\uFFFD");
            assertThat(d.originalBytes()).isEqualTo(bad.length);
        }
    }

    @Test
    void aReplacementCharacterSentAsValidUtf8IsNotFlagged() {
        LineDecoding.Decoded d = decode("x\uFFFDy".getBytes(UTF_8), 1024);
        assertThat(d.flags()).isEmpty();
    }

    @Test
    void overTheMaximumIsCutAndFlaggedWithTheFullSize() {
        byte[] line = "0123456789abcdef\n".getBytes(UTF_8);
        LineDecoding.Decoded d = decode(line, 10);
        assertThat(d.text()).isEqualTo("0123456789");
        assertThat(d.flags()).containsExactly(Flag.TRUNCATED);
        assertThat(d.originalBytes()).isEqualTo(16);
    }

    @Test
    void theCutNeverSplitsAUtf8Sequence() {
        byte[] line = "abcđef".getBytes(UTF_8); // đ is 2 bytes: positions 3 and 4
        LineDecoding.Decoded d = decode(line, 4);
        assertThat(d.text()).isEqualTo("abc");
        assertThat(d.flags()).containsExactly(Flag.TRUNCATED);
        assertThat(d.originalBytes()).isEqualTo(7);

        byte[] emoji = "ab🏥".getBytes(UTF_8); // 4-byte sequence at 2..5
        assertThat(decode(emoji, 5).text()).isEqualTo("ab");
        assertThat(decode(emoji, 6).text()).isEqualTo("ab🏥");
        assertThat(decode(emoji, 6).flags()).isEmpty();
    }

    @Test
    void aLineTheCallerAlreadyCutIsFlaggedWithTheGivenSize() {
        byte[] start = "<13>Nov 21 10:00:00 h a: xxxx".getBytes(UTF_8);
        LineDecoding.Decoded d = LineDecoding.decode(start, 0, start.length, start.length, 5L * 1024 * 1024);
        assertThat(d.text()).isEqualTo("<13>Nov 21 10:00:00 h a: xxxx");
        assertThat(d.flags()).containsExactly(Flag.TRUNCATED);
        assertThat(d.originalBytes()).isEqualTo(5L * 1024 * 1024);
    }

    @Test
    void controlCharactersOtherThanTabAndLineBreaksAreBinary() {
        for (int c : new int[] {0x00, 0x01, 0x08, 0x0E, 0x1B, 0x1F, 0x7F}) {
            LineDecoding.Decoded d = decode(bytes('a', c, 'b'), 1024);
            assertThat(d.flags()).as("control 0x%02X", c).containsExactly(Flag.BINARY);
            assertThat(d.text()).isEqualTo("a" + (char) c + "b");
        }
        for (int c : new int[] {'\t', '\n', 0x0B, 0x0C, '\r'}) {
            assertThat(decode(bytes('a', c, 'b'), 1024).flags()).as("0x%02X", c).isEmpty();
        }
    }

    @Test
    void binaryAndInvalidTogether() {
        LineDecoding.Decoded d = decode(bytes(0x01, 0xFF, 'z'), 1024);
        assertThat(d.flags()).containsExactlyInAnyOrder(Flag.BINARY, Flag.INVALID_UTF8);
    }

    @Test
    void emptyAndTerminatorOnlyLinesAreEmptyWithoutFlags() {
        LineDecoding.Decoded empty = decode(new byte[0], 1024);
        assertThat(empty.text()).isEmpty();
        assertThat(empty.flags()).isEmpty();
        assertThat(empty.originalBytes()).isZero();
        LineDecoding.Decoded terminators = decode(bytes('\r', '\n', 0), 1024);
        assertThat(terminators.text()).isEmpty();
        assertThat(terminators.flags()).isEmpty();
        assertThat(terminators.originalBytes()).isZero();
    }

    @Test
    void rejectsBadArguments() {
        byte[] buf = new byte[4];
        assertThatThrownBy(() -> LineDecoding.decode(buf, 2, 3, 10)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> LineDecoding.decode(buf, 0, 4, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LineDecoding.decode(buf, 0, 4, 10, 3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void bytesComeOutAsTheyCameWhenValidAndReplacedWhenNot() {
        byte[] valid = "Bệnh viện Bạch Mai \"ok\"".getBytes(UTF_8);
        LineDecoding.DecodedUtf8 v = LineDecoding.decodeUtf8(valid, 0, valid.length, 1024, valid.length);
        assertThat(v.utf8()).isEqualTo(valid);
        assertThat(v.flags()).isEmpty();

        byte[] bad = {'a', (byte) 0xC3, (byte) 0x28, 'b'};
        LineDecoding.DecodedUtf8 b = LineDecoding.decodeUtf8(bad, 0, bad.length, 1024, bad.length);
        assertThat(new String(b.utf8(), UTF_8)).isEqualTo("a\uFFFD(b");
        assertThat(b.flags()).containsExactly(Flag.INVALID_UTF8);

        byte[] longLine = "việt".repeat(10).getBytes(UTF_8);
        LineDecoding.DecodedUtf8 c = LineDecoding.decodeUtf8(longLine, 0, longLine.length, 4, longLine.length);
        assertThat(new String(c.utf8(), UTF_8)).as("cut before the 3-byte ệ, never inside it").isEqualTo("vi");
        assertThat(c.flags()).containsExactly(Flag.TRUNCATED);
        assertThat(c.originalBytes()).isEqualTo(longLine.length);
    }

    @Test
    void aBadByteIsFoundAtEveryPlaceOfALongLine() {
        // Lines are checked eight bytes at a time: a byte to flag at any place of a word, at its
        // start or end, or in the short tail, is still found.
        for (int at = 0; at < 40; at++) {
            for (int[] bad : new int[][] {{0x01}, {0x7F}, {0x00}, {0x1F}, {0x80}, {0xFF}, {0xC3}}) {
                byte[] line = "GET /fhir/Patient?identifier=0123456789 HTTP/1.1".getBytes(UTF_8);
                line[at] = (byte) bad[0];
                Flag expected = bad[0] >= 0x80 ? Flag.INVALID_UTF8 : Flag.BINARY;
                assertThat(decode(line, 1024).flags()).as("byte %02x at %d", bad[0], at).containsExactly(expected);
            }
            byte[] allowed = "GET /fhir/Patient?identifier=0123456789 HTTP/1.1".getBytes(UTF_8);
            allowed[at] = '\t';
            assertThat(decode(allowed, 1024).flags()).as("tab at %d", at).isEmpty();
        }
        String vietnamese = "Bệnh nhân Nguyễn Văn An đã được chuyển khoa Hồi sức tích cực lúc 10:00";
        assertThat(decode(vietnamese.getBytes(UTF_8), 1024).flags()).isEmpty();
    }
}
