package vn.gov.moh.soc.agent.syslog;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** RFC 6587 framing, with the stream delivered in reads of various sizes to hit every boundary. */
class FrameReaderTest {

    record Frame(String text, long originalBytes, boolean incomplete) {
    }

    /** A stream that returns at most {@code chunk} bytes per read, as a slow socket does. */
    private static InputStream chunked(byte[] data, int chunk) {
        return new ByteArrayInputStream(data) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, chunk));
            }
        };
    }

    private static List<Frame> frames(byte[] data, int chunk, int max, int readBuffer, boolean[] abandoned)
            throws IOException {
        FrameReader reader = new FrameReader(chunked(data, chunk), max, readBuffer);
        List<Frame> frames = new ArrayList<>();
        while (reader.next()) {
            frames.add(new Frame(new String(reader.message(), 0, reader.length(), UTF_8), reader.originalBytes(),
                    reader.incomplete()));
        }
        if (abandoned != null) {
            abandoned[0] = reader.abandonedOctetCounting();
        }
        return frames;
    }

    private static List<Frame> frames(String data, int chunk, int max) throws IOException {
        return frames(data.getBytes(UTF_8), chunk, max, 16, null);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 7, 1024})
    void lfFramingAcceptsLfCrlfAndNulAndAFinalMessageWithoutTerminator(int chunk) throws IOException {
        assertThat(frames("<13>one\n<13>two\r\n<13>three\0<13>four", chunk, 100)).containsExactly(
                new Frame("<13>one", 7, false), new Frame("<13>two\r", 8, false), new Frame("<13>three", 9, false),
                new Frame("<13>four", 8, false));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 7, 1024})
    void octetCountingTakesExactlyLenBytesIncludingLineBreaks(int chunk) throws IOException {
        assertThat(frames("10 <13>a\nb\nc\n11 <13>second\n", chunk, 100)).containsExactly(
                new Frame("<13>a\nb\nc\n", 10, false), new Frame("<13>second\n", 11, false));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 7, 1024})
    void framingIsDecidedPerMessage(int chunk) throws IOException {
        assertThat(frames("5 <13>a<13>lf\n6 <13>bc\n<13>end", chunk, 100).stream().map(Frame::text)).containsExactly(
                "<13>a", "<13>lf", "<13>bc", "", "<13>end");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 7, 1024})
    void anLfFrameOverTheMaximumKeepsItsStartAndTheNextFrameIsIntact(int chunk) throws IOException {
        String big = "<13>" + "x".repeat(96);
        assertThat(frames(big + "\r\n<13>next\n", chunk, 10)).containsExactly(
                new Frame("<13>xxxxxx", 100, false), new Frame("<13>next", 8, false));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 7, 1024})
    void anOctetCountedFrameOverTheMaximumIsSkippedExactly(int chunk) throws IOException {
        String big = "<13>" + "y".repeat(96) ;
        assertThat(frames("100 " + big + "9 <13>after", chunk, 10)).containsExactly(
                new Frame("<13>yyyyyy", 100, false), new Frame("<13>after", 9, false));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 7, 1024})
    void aBadOctetCountSwitchesTheRestOfTheStreamToLfFraming(int chunk) throws IOException {
        boolean[] abandoned = new boolean[1];
        List<Frame> frames = frames("12ab hello\n<13>next\n5 world\n".getBytes(UTF_8), chunk, 100, 16, abandoned);
        assertThat(frames.stream().map(Frame::text)).containsExactly("12ab hello", "<13>next", "5 world");
        assertThat(frames.get(0).originalBytes()).isEqualTo(10);
        assertThat(abandoned[0]).isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 1024})
    void moreThanTenDigitsIsABadOctetCount(int chunk) throws IOException {
        boolean[] abandoned = new boolean[1];
        List<Frame> frames = frames("12345678901 x\n".getBytes(UTF_8), chunk, 100, 16, abandoned);
        assertThat(frames.stream().map(Frame::text)).containsExactly("12345678901 x");
        assertThat(abandoned[0]).isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 1024})
    void aStreamEndingInsideAnOctetCountedFrameYieldsWhatArrived(int chunk) throws IOException {
        assertThat(frames("20 <13>short", chunk, 100)).containsExactly(new Frame("<13>short", 9, true));
        assertThat(frames("42", chunk, 100)).containsExactly(new Frame("42", 2, false));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 1024})
    void leadingZeroIsNotAnOctetCount(int chunk) throws IOException {
        boolean[] abandoned = new boolean[1];
        List<Frame> frames = frames("05 abcde\n".getBytes(UTF_8), chunk, 100, 16, abandoned);
        assertThat(frames.stream().map(Frame::text)).containsExactly("05 abcde");
        assertThat(abandoned[0]).isFalse();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 1024})
    void aCutCrlfFrameDoesNotCountItsCr(int chunk) throws IOException {
        assertThat(frames("abcdefghij\r\nk\n", chunk, 4)).containsExactly(new Frame("abcd", 10, false),
                new Frame("k", 1, false));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 1024})
    void theMessageBufferGrowsToTheMaximumOnly(int chunk) throws IOException {
        FrameReader reader = new FrameReader(chunked(("x".repeat(300_000) + "\nsmall\n").getBytes(UTF_8), chunk),
                200_000, 4096);
        assertThat(reader.next()).isTrue();
        assertThat(reader.length()).isEqualTo(200_000);
        assertThat(reader.message().length).isEqualTo(200_000);
        assertThat(reader.originalBytes()).isEqualTo(300_000);
        assertThat(reader.next()).isTrue();
        assertThat(new String(reader.message(), 0, reader.length(), UTF_8)).isEqualTo("small");
        assertThat(reader.next()).isFalse();
    }
}
