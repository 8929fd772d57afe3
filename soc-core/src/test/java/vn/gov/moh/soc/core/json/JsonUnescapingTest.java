package vn.gov.moh.soc.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class JsonUnescapingTest {
    private static final JsonFactory JACKSON = new JsonFactory();

    private static byte[] document(String escapedContent) {
        return ("{\"line\":\"" + escapedContent + "\",\"n\":1}").getBytes(StandardCharsets.UTF_8);
    }

    private static String jacksonText(byte[] doc) throws IOException {
        try (JsonParser p = JACKSON.createParser(doc)) {
            p.nextToken();
            p.nextToken();
            p.nextToken();
            return p.getText();
        }
    }

    private static String jacksonEscaped(String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = JACKSON.createGenerator(out)) {
            g.writeString(text);
        }
        String json = out.toString(StandardCharsets.UTF_8);
        return json.substring(1, json.length() - 1);
    }

    @Test
    void readsWhatJacksonReadsAndAnswersForEveryTextWithoutUnicodeEscapes() throws IOException {
        String[] pieces = {"a", "\"", "\\", "\n", "\r\n", "\t", "\b", "\f", "é", "Bệnh viện", "{\"k\":\"v\"}", "C:\\x", " ", "/",
            "0123456789abcdef"};
        Random random = new Random(20261204);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            int n = random.nextInt(16);
            for (int i = 0; i < n; i++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String escaped = jacksonEscaped(text.toString());
            if (random.nextBoolean()) {
                escaped = escaped.replace("/", "\\/"); // another writer's optional escape
            }
            byte[] doc = document(escaped);
            assertThat(JsonUnescaping.text(doc, 8)).as("content %s", escaped).isEqualTo(jacksonText(doc))
                    .isEqualTo(text.toString());
        }
    }

    @Test
    void leavesToTheParserWhatOnlyItReadsRight() throws IOException {
        // A unicode escape (here a lone surrogate, which must stay one), bytes that are not UTF-8,
        // a string not closed, a position that is not a quote.
        assertThat(JsonUnescaping.text(document("a\\u00e9b"), 8)).isNull();
        assertThat(JsonUnescaping.text(document("a\\ud800b"), 8)).isNull();
        byte[] cesu = document("a\u0000b");
        cesu[9] = (byte) 0xC0; // C0 80: an overlong NUL
        byte[] withOverlong = new byte[cesu.length + 1];
        System.arraycopy(cesu, 0, withOverlong, 0, 10);
        withOverlong[10] = (byte) 0x80;
        System.arraycopy(cesu, 10, withOverlong, 11, cesu.length - 10);
        assertThat(JsonUnescaping.text(withOverlong, 8)).isNull();
        assertThat(JsonUnescaping.text("{\"line\":\"abc".getBytes(StandardCharsets.UTF_8), 8)).isNull();
        assertThat(JsonUnescaping.text("{\"line\":\"abc\\".getBytes(StandardCharsets.UTF_8), 8)).isNull();
        assertThat(JsonUnescaping.text(document("abc"), 7)).isNull();
        assertThat(JsonUnescaping.text(document("abc"), -1)).isNull();
    }

    @Test
    void aLongLineWithManyEscapesComesBackWhole() throws IOException {
        String line = "{\"EventID\":4625,\"Message\":\"An account failed to log on.\\r\\n\"}".repeat(2_000);
        byte[] doc = document(jacksonEscaped(line));
        assertThat(JsonUnescaping.text(doc, 8)).isEqualTo(line).isEqualTo(jacksonText(doc));
    }
}
