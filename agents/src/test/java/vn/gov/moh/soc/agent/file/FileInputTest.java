package vn.gov.moh.soc.agent.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gov.moh.soc.agent.config.AgentConfig;
import vn.gov.moh.soc.core.envelope.Envelope;
import vn.gov.moh.soc.core.envelope.Flag;

/**
 * The file input against real files: every line written arrives once, through rotation by
 * rename and by copy-truncate, restarts, new files, over-long lines, bad bytes and multi-line
 * records; compressed files are left alone.
 */
class FileInputTest {
    @TempDir
    Path dir;

    private final List<Envelope> received = new CopyOnWriteArrayList<>();
    private FileInput input;

    @AfterEach
    void stop() {
        if (input != null) {
            input.close();
        }
    }

    private AgentConfig.FileInput settings(String glob, AgentConfig.StartAt startAt, int maxLine, AgentConfig.Multiline ml) {
        return new AgentConfig.FileInput("app", "bv-bach-mai", "his-app-01", List.of(dir.resolve(glob).toString()), List.of(),
                "text", startAt, maxLine, Duration.ofMillis(100), ml);
    }

    private FileInput start(AgentConfig.FileInput settings) throws IOException {
        input = new FileInput(settings, "agent-1", dir.resolve("state/registry.json"));
        input.start(received::add);
        return input;
    }

    private static void append(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private static String lines(int from, int to) {
        StringBuilder b = new StringBuilder();
        IntStream.range(from, to).forEach(i -> b.append("line ").append(i).append('\n'));
        return b.toString();
    }

    private List<String> texts() {
        return received.stream().map(Envelope::line).toList();
    }

    private void awaitCount(int n) {
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(received).hasSizeGreaterThanOrEqualTo(n));
    }

    @Test
    void followsRotationByRenameWithoutLossOrDuplicate() throws Exception {
        Path log = dir.resolve("app.log");
        append(log, lines(0, 100));
        start(settings("app.log", AgentConfig.StartAt.BEGINNING, 1 << 20, null));
        awaitCount(100);
        append(log, lines(100, 150));
        Files.move(log, dir.resolve("app.log.1"));
        append(dir.resolve("app.log.1"), lines(150, 160)); // written by the old handle after the rename
        append(log, lines(160, 300));
        awaitCount(300);
        Thread.sleep(500);
        assertThat(texts()).hasSize(300).containsExactlyInAnyOrderElementsOf(
                IntStream.range(0, 300).mapToObj(i -> "line " + i).toList());
        assertThat(received.stream().map(Envelope::id).distinct()).hasSize(300);
    }

    @Test
    void followsCopyTruncateRotation() throws Exception {
        Path log = dir.resolve("app.log");
        append(log, lines(0, 50));
        start(settings("app.log", AgentConfig.StartAt.BEGINNING, 1 << 20, null));
        awaitCount(50);
        Files.copy(log, dir.resolve("app.log.1"));
        Files.write(log, new byte[0], StandardOpenOption.TRUNCATE_EXISTING);
        Thread.sleep(300);
        append(log, "after 0\nafter 1\n");
        awaitCount(52);
        assertThat(texts()).endsWith("after 0", "after 1").hasSize(52);
        assertThat(received.get(50).offset()).as("a new generation after the truncation")
                .isNotEqualTo(received.get(0).offset()).contains(".1.0");
    }

    @Test
    void restartResumesWhereTheRegistrySaysWithoutDuplicate() throws Exception {
        Path log = dir.resolve("app.log");
        append(log, lines(0, 1000));
        start(settings("app.log", AgentConfig.StartAt.BEGINNING, 1 << 20, null));
        awaitCount(1000);
        input.prepareCommit().run();
        input.close();
        append(log, lines(1000, 1500)); // written while the agent is down
        received.clear();
        start(settings("app.log", AgentConfig.StartAt.END, 1 << 20, null));
        awaitCount(500);
        Thread.sleep(300);
        assertThat(texts()).hasSize(500).startsWith("line 1000").endsWith("line 1499");
    }

    @Test
    void startAtEndSkipsOldLinesButReadsNewFilesFromTheirStart() throws Exception {
        append(dir.resolve("a.log"), lines(0, 10));
        start(settings("*.log", AgentConfig.StartAt.END, 1 << 20, null));
        Thread.sleep(300);
        append(dir.resolve("a.log"), "new in a\n");
        append(dir.resolve("b.log"), "first of b\nsecond of b\n");
        append(dir.resolve("c.log.gz"), "compressed\n");
        awaitCount(3);
        Thread.sleep(400);
        assertThat(texts()).containsExactlyInAnyOrder("new in a", "first of b", "second of b");
    }

    @Test
    void overLongLineIsCutAndFlaggedAndTheNextLineIsIntact() throws Exception {
        Path log = dir.resolve("app.log");
        String huge = "x".repeat(5 * 1024 * 1024);
        append(log, "before\n" + huge + "\nafter\n");
        start(settings("app.log", AgentConfig.StartAt.BEGINNING, 1024 * 1024, null));
        awaitCount(3);
        assertThat(texts().get(0)).isEqualTo("before");
        Envelope cut = received.get(1);
        assertThat(cut.line()).hasSize(1024 * 1024);
        assertThat(cut.flags()).containsExactly(Flag.TRUNCATED);
        assertThat(cut.originalBytes()).isEqualTo(5 * 1024 * 1024);
        assertThat(texts().get(2)).isEqualTo("after");
        assertThat(input.counters().flagged()).isEqualTo(1);
    }

    @Test
    void invalidUtf8AndBinaryAreKeptAndFlagged() throws Exception {
        Path log = dir.resolve("app.log");
        Files.write(log, new byte[] {'o', 'k', '\n', 'b', 'a', 'd', (byte) 0xC3, (byte) 0x28, '\n', 0, 1, 2, 'z', '\n',
                'v', 'i', (byte) 0xE1, (byte) 0xBB, (byte) 0x87, 't', '\r', '\n'});
        start(settings("app.log", AgentConfig.StartAt.BEGINNING, 1 << 20, null));
        awaitCount(4);
        assertThat(received.get(0).flags()).isEmpty();
        assertThat(received.get(1).line()).isEqualTo("bad\uFFFD(");
        assertThat(received.get(1).flags()).containsExactly(Flag.INVALID_UTF8);
        assertThat(received.get(2).flags()).containsExactly(Flag.BINARY);
        assertThat(received.get(3).line()).isEqualTo("việt");
        assertThat(received.get(3).flags()).isEmpty();
    }

    @Test
    void jsonLinesThatAreNotObjectsAreFlagged() throws Exception {
        Path log = dir.resolve("events.jsonl");
        append(log, "{\"Event\":{\"System\":{\"EventID\":4625}}}\nnot json\n[1,2]\n");
        start(new AgentConfig.FileInput("win", "bv-bach-mai", "his-dc-01", List.of(log.toString()), List.of(), "evtx-json",
                AgentConfig.StartAt.BEGINNING, 1 << 20, Duration.ofMillis(100), null));
        awaitCount(3);
        assertThat(received.get(0).flags()).isEmpty();
        assertThat(received.get(0).format()).isEqualTo("evtx-json");
        assertThat(received.get(1).flags()).containsExactly(Flag.INVALID_JSON);
        assertThat(received.get(2).flags()).containsExactly(Flag.INVALID_JSON);
    }

    @Test
    void stackTracesAreJoinedIntoOneRecord() throws Exception {
        Path log = dir.resolve("app.log");
        append(log, "2026-11-21 10:00:00 ERROR failed\njava.lang.IllegalStateException: x\n\tat a.B.c(B.java:1)\n"
                + "\tat a.B.d(B.java:2)\n2026-11-21 10:00:01 INFO next\n");
        start(settings("app.log", AgentConfig.StartAt.BEGINNING, 1 << 20,
                new AgentConfig.Multiline("^\\d{4}-\\d{2}-\\d{2} ", null, 500, Duration.ofMillis(300))));
        awaitCount(2);
        assertThat(received.get(0).line()).startsWith("2026-11-21 10:00:00 ERROR").endsWith("(B.java:2)")
                .contains("\n\tat a.B.c");
        assertThat(received.get(0).flags()).containsExactly(Flag.MULTILINE);
        assertThat(received.get(1).line()).isEqualTo("2026-11-21 10:00:01 INFO next");
    }
}
