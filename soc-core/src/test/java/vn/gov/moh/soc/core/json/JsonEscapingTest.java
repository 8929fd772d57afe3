package vn.gov.moh.soc.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class JsonEscapingTest {
    private static final JsonFactory JACKSON = new JsonFactory();

    /** Jackson's string value for the text, without its quotes. */
    private static String jackson(String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = JACKSON.createGenerator(out)) {
            g.writeString(text);
        }
        String json = out.toString(StandardCharsets.UTF_8);
        return json.substring(1, json.length() - 1);
    }

    private static String ours(String text, int offset) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] src = new byte[offset + utf8.length + 3];
        Arrays.fill(src, (byte) '"'); // bytes around the range must not leak into it
        System.arraycopy(utf8, 0, src, offset, utf8.length);
        byte[] dst = new byte[JsonEscaping.room(utf8.length) + 5];
        int end = JsonEscaping.escape(src, offset, offset + utf8.length, dst, 5);
        return new String(dst, 5, end - 5, StandardCharsets.UTF_8);
    }

    @Test
    void givesJacksonsBytesForEveryKindOfCharacter() throws IOException {
        // Texts from an alphabet weighted to the bytes that matter: every control character, the
        // quote and backslash, the ASCII neighbours of the word-mask's limits, and multi-byte UTF-8.
        StringBuilder alphabet = new StringBuilder();
        for (char c = 0; c < 0x80; c++) {
            alphabet.append(c);
        }
        alphabet.append("\"\"\\\\\u001f !#[]é€đệ");
        Random random = new Random(20261202);
        for (int round = 0; round < 20_000; round++) {
            int length = random.nextInt(40);
            StringBuilder text = new StringBuilder();
            while (text.length() < length) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = text.toString();
            assertThat(ours(s, random.nextInt(9))).as("text %s", s.chars().boxed().toList()).isEqualTo(jackson(s));
        }
    }

    @Test
    void escapesAJsonLineHeldInsideAnother() throws IOException {
        String line = "{\"EventID\":4625,\"Message\":\"An account failed to log on.\\r\\n\\tSubject:\",\"Path\":\"C:\\\\Windows\"}";
        assertThat(ours(line, 0)).isEqualTo(jackson(line));
        assertThat(ours(line, 0)).startsWith("{\\\"EventID\\\":4625,");
    }

    @Test
    void aCharacterBeyondTheBasicPlaneStaysUtf8AndReadsBackTheSame() throws IOException {
        String text = "mã \"😀\" bệnh nhân";
        String escaped = ours(text, 3);
        assertThat(escaped).isEqualTo("mã \\\"😀\\\" bệnh nhân");
        try (var p = JACKSON.createParser(("\"" + escaped + "\"").getBytes(StandardCharsets.UTF_8))) {
            p.nextToken();
            assertThat(p.getText()).isEqualTo(text);
        }
    }

    @Test
    void findsAByteWhereverItIs() {
        Random random = new Random(20261205);
        for (int round = 0; round < 5_000; round++) {
            byte[] bytes = new byte[random.nextInt(40)];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) "ab?\u00e9".getBytes(StandardCharsets.UTF_8)[random.nextInt(5)];
            }
            int from = bytes.length == 0 ? 0 : random.nextInt(bytes.length + 1);
            int expected = -1;
            for (int i = from; i < bytes.length; i++) {
                if (bytes[i] == '?') {
                    expected = i;
                    break;
                }
            }
            assertThat(JsonEscaping.indexOf(bytes, (byte) '?', from)).isEqualTo(expected);
        }
    }

    @Test
    void findsTheFirstByteToEscapeWhereverItIs() {
        byte[] alphabet = "ab\"\\\n\u0001~\u00e9".getBytes(StandardCharsets.UTF_8);
        Random random = new Random(20261206);
        for (int round = 0; round < 5_000; round++) {
            byte[] bytes = new byte[random.nextInt(40)];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = random.nextInt(4) == 0 ? alphabet[random.nextInt(alphabet.length)] : (byte) 'x';
            }
            int from = random.nextInt(bytes.length + 1);
            int expected = -1;
            for (int i = from; i < bytes.length; i++) {
                if (bytes[i] == '"' || bytes[i] == '\\' || (bytes[i] >= 0 && bytes[i] < 0x20)) {
                    expected = i;
                    break;
                }
            }
            assertThat(JsonEscaping.firstEscape(bytes, from, bytes.length)).isEqualTo(expected);
        }
    }

    @Test
    void anEmptyRangeWritesNothing() {
        byte[] dst = new byte[JsonEscaping.room(0)];
        assertThat(JsonEscaping.escape(new byte[] {'"'}, 1, 1, dst, 0)).isZero();
    }
}
