package vn.gov.moh.soc.agent.line;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Lines come out whole and with their stream positions, however the bytes are chunked. */
class LineSplitterTest {
    private record Line(String text, long start, long end, long originalBytes, boolean cut) {
    }

    private static List<Line> split(byte[] data, int maxBytes, Random chunks) throws InterruptedException {
        List<Line> lines = new ArrayList<>();
        LineSplitter splitter = new LineSplitter(maxBytes, 0);
        int at = 0;
        while (at < data.length) {
            int n = Math.min(data.length - at, 1 + chunks.nextInt(40));
            splitter.feed(data, at, n, (buf, length, start, end, original, cut) ->
                    lines.add(new Line(new String(buf, 0, length, UTF_8), start, end, original, cut)));
            at += n;
        }
        return lines;
    }

    @Test
    void linesOfEveryLengthAndChunkingComeOutWhole() throws InterruptedException {
        Random random = new Random(3);
        StringBuilder text = new StringBuilder();
        List<Line> expected = new ArrayList<>();
        long offset = 0;
        for (int length = 0; length < 70; length++) {
            String line = "x".repeat(length) + (length % 5 == 0 ? "\r" : "");
            text.append(line).append('\n');
            String content = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
            expected.add(new Line(content, offset, offset + line.length() + 1, content.length(), false));
            offset += line.length() + 1;
        }
        for (int round = 0; round < 20; round++) {
            assertThat(split(text.toString().getBytes(UTF_8), 1024, random)).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void aLineAboveTheMaximumKeepsItsStartAndItsFullSize() throws InterruptedException {
        byte[] data = ("a".repeat(100) + "\nshort\n").getBytes(UTF_8);
        List<Line> lines = split(data, 16, new Random(1));
        assertThat(lines).containsExactly(new Line("a".repeat(16), 0, 101, 100, true), new Line("short", 101, 107, 5, false));
    }
}
