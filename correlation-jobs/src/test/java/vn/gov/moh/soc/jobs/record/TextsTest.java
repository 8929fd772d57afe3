package vn.gov.moh.soc.jobs.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.junit.jupiter.api.Test;

class TextsTest {
    private static List<String> roundTrip(List<String> sent) throws IOException {
        DataOutputSerializer out = new DataOutputSerializer(64);
        for (String text : sent) {
            Texts.write(text, out);
        }
        DataInputDeserializer in = new DataInputDeserializer(out.getCopyOfBuffer());
        String[] received = new String[sent.size()];
        for (int i = 0; i < received.length; i++) {
            received[i] = Texts.read(in);
        }
        assertThat(in.available()).as("bytes left after the last string").isZero();
        return Arrays.asList(received);
    }

    @Test
    void everyStringArrivesAsItWasSent() throws IOException {
        List<String> sent = Arrays.asList(null, "", "sshd", "Bệnh viện Bạch Mai", "mật khẩu 🔑",
                "x".repeat(200_000), "\u00e9\u0000\u007f");

        assertThat(roundTrip(sent)).containsExactlyElementsOf(sent);
    }

    @Test
    void aLoneSurrogateThatUtf8CannotCarryArrivesUnchanged() throws IOException {
        // A JSON escape such as \ud83d without its pair gives such a string; UTF-8 would make it '?'.
        List<String> sent = List.of("a\ud83db", "\udc00", "ok\ud83d");

        assertThat(roundTrip(sent)).containsExactlyElementsOf(sent);
    }

    @Test
    void aRepeatedNameIsAnsweredWithOneInstance() throws IOException {
        DataOutputSerializer out = new DataOutputSerializer(64);
        Texts.write("source.ip", out);
        Texts.write("source.ip", out);
        Texts.write("n".repeat(100), out);
        DataInputDeserializer in = new DataInputDeserializer(out.getCopyOfBuffer());

        String first = Texts.readName(in);
        String second = Texts.readName(in);
        String longName = Texts.readName(in);

        assertThat(first).isEqualTo("source.ip").isSameAs(second);
        assertThat(longName).isEqualTo("n".repeat(100));
    }

    @Test
    void aCorruptLengthFailsWithItsReason() {
        DataInputDeserializer negative = new DataInputDeserializer(new byte[] {0x05});
        DataInputDeserializer endless = new DataInputDeserializer(new byte[] {(byte) 0xff, (byte) 0xff, (byte) 0xff,
                (byte) 0xff, (byte) 0xff, (byte) 0xff});

        assertThatThrownBy(() -> Texts.read(negative)).isInstanceOf(IOException.class).hasMessageContaining("length -3");
        assertThatThrownBy(() -> Texts.read(endless)).isInstanceOf(IOException.class)
                .hasMessageContaining("longer than 5 bytes");
    }
}
