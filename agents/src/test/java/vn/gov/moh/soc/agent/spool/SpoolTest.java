package vn.gov.moh.soc.agent.spool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The spool gives back what was appended, in order, across segments, restarts and torn writes. */
class SpoolTest {
    private static final long MiB = 1024 * 1024;

    @TempDir
    Path dir;

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> drain(Spool spool, int expected) throws InterruptedException {
        List<String> values = new ArrayList<>();
        long deadline = System.currentTimeMillis() + 10_000;
        while (values.size() < expected && System.currentTimeMillis() < deadline) {
            for (SpoolRecord r : spool.poll(1000, 100)) {
                values.add(new String(r.value(), StandardCharsets.UTF_8));
                spool.ack(r.end());
            }
        }
        return values;
    }

    @Test
    void recordsComeBackInOrderAcrossSegments() throws Exception {
        try (Spool spool = Spool.open(dir, 64 * MiB, 64 * 1024)) {
            for (int i = 0; i < 5000; i++) {
                assertThat(spool.append(bytes("host"), bytes("line " + i))).isEqualTo(i);
            }
            spool.flush();
            List<String> values = drain(spool, 5000);
            assertThat(values).hasSize(5000).startsWith("line 0", "line 1").endsWith("line 4999");
            assertThat(spool.pendingBytes()).isZero();
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.filter(p -> p.toString().endsWith(".seg")).count())
                    .as("acknowledged segments are deleted").isEqualTo(1);
        }
    }

    @Test
    void restartSendsWhatWasNotAcknowledged() throws Exception {
        try (Spool spool = Spool.open(dir, 64 * MiB, 64 * 1024)) {
            for (int i = 0; i < 3000; i++) {
                spool.append(bytes("h"), bytes("line " + i));
            }
            spool.flush();
            int acked = 0;
            while (acked < 1000) {
                List<SpoolRecord> batch = spool.poll(1000 - acked, 100);
                acked += batch.size();
                spool.ack(batch.get(batch.size() - 1).end());
            }
        }
        try (Spool spool = Spool.open(dir, 64 * MiB, 64 * 1024)) {
            List<String> values = drain(spool, 2000);
            assertThat(values).hasSize(2000).startsWith("line 1000").endsWith("line 2999");
            assertThat(spool.append(bytes("h"), bytes("after"))).as("sequences continue").isEqualTo(3000);
        }
    }

    @Test
    void tornRecordAtTheEndIsCutOffAndTheRestKept() throws Exception {
        try (Spool spool = Spool.open(dir, 64 * MiB, 1024 * 1024)) {
            for (int i = 0; i < 10; i++) {
                spool.append(bytes("h"), bytes("line " + i));
            }
        }
        Path segment;
        try (Stream<Path> files = Files.list(dir)) {
            segment = files.filter(p -> p.toString().endsWith(".seg")).findFirst().orElseThrow();
        }
        try (FileChannel ch = FileChannel.open(segment, StandardOpenOption.WRITE)) {
            ch.truncate(ch.size() - 3); // the last record loses its end, as in a crash mid-write
        }
        try (Spool spool = Spool.open(dir, 64 * MiB, 1024 * 1024)) {
            assertThat(drain(spool, 9)).hasSize(9).endsWith("line 8");
            assertThat(spool.append(bytes("h"), bytes("new"))).isEqualTo(9);
            spool.flush();
            assertThat(drain(spool, 1)).containsExactly("new");
        }
    }

    /** An append on another thread, which may wait for room; its sequence when done. */
    private static CompletableFuture<Long> appendLater(Spool spool, byte[] value) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return spool.append(bytes("h"), value);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void fullSpoolMakesAppendWaitUntilAcknowledged() throws Exception {
        try (Spool spool = Spool.open(dir, MiB, 64 * 1024)) {
            byte[] value = new byte[100 * 1024];
            for (int i = 0; i < 10; i++) {
                spool.append(bytes("h"), value);
            }
            CompletableFuture<Long> blocked = appendLater(spool, value);
            Thread.sleep(300);
            assertThat(blocked).as("an append beyond the maximum waits").isNotDone();
            assertThat(spool.isFull()).isTrue();
            spool.flush();
            List<SpoolRecord> first = spool.poll(1, 100);
            spool.ack(first.get(0).end());
            assertThat(blocked.get(5, TimeUnit.SECONDS)).isEqualTo(10);
            assertThat(spool.isFull()).isFalse();
        }
    }

    @Test
    void aFullSpoolTakesRecordsAgainOnlyOnceATenthOfItIsFree() throws Exception {
        try (Spool spool = Spool.open(dir, MiB, 2 * MiB)) {
            byte[] value = new byte[10_000]; // 10,011 bytes in the spool with its key and header
            for (int i = 0; i < 104; i++) {
                spool.append(bytes("h"), value);
            }
            CompletableFuture<Long> blocked = appendLater(spool, value);
            await().atMost(Duration.ofSeconds(5)).until(spool::isFull);
            spool.flush();
            List<SpoolRecord> read = spool.poll(20, 100);
            spool.ack(read.get(1).end()); // room for the record, but more than nine tenths still pending
            Thread.sleep(300);
            assertThat(blocked).as("waits until a tenth is free").isNotDone();
            assertThat(spool.isFull()).isTrue();
            spool.ack(read.get(10).end()); // 93 records pending: less than nine tenths of 1 MiB
            assertThat(blocked.get(5, TimeUnit.SECONDS)).isEqualTo(104);
            assertThat(spool.isFull()).isFalse();
        }
    }

    @Test
    void rewindReadsAgainFromTheLastAcknowledgedRecord() throws Exception {
        try (Spool spool = Spool.open(dir, 64 * MiB, 64 * 1024)) {
            for (int i = 0; i < 5; i++) {
                spool.append(bytes("h"), bytes("line " + i));
            }
            spool.flush();
            List<SpoolRecord> batch = spool.poll(5, 100);
            spool.ack(batch.get(1).end());
            spool.rewind();
            assertThat(drain(spool, 3)).containsExactly("line 2", "line 3", "line 4");
        }
    }

    @Test
    void badSizesAreRefusedWithTheirName() {
        assertThatThrownBy(() -> Spool.open(dir, 10, 64 * 1024)).hasMessageContaining("spool max size");
        assertThatThrownBy(() -> Spool.open(dir, 64 * MiB, 10)).hasMessageContaining("segment size");
    }
}
