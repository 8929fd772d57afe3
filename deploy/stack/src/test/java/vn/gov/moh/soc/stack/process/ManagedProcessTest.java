package vn.gov.moh.soc.stack.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs real short-lived processes; Linux only, like the stack. */
class ManagedProcessTest {
    @TempDir
    Path dir;
    private ManagedProcess process;

    @AfterEach
    void cleanUp() {
        if (process != null) {
            process.stop(Duration.ofSeconds(1));
        }
    }

    @Test
    void stopEndsTheProcessAndEveryChildItStarted() throws Exception {
        process = new ManagedProcess("sleeper", dir.resolve("pids/sleeper.pid"));
        long pid = process.start(List.of("sh", "-c", "sleep 300 & sleep 300 & wait"), Map.of(), dir, dir.resolve("log"));
        awaitGroupSize(pid, 3);

        assertThat(process.running()).map(ProcessHandle::pid).contains(pid);
        assertThat(process.stop(Duration.ofSeconds(5))).isTrue();

        assertThat(ManagedProcess.groupMembers(pid)).isEmpty();
        assertThat(process.running()).isEmpty();
        assertThat(dir.resolve("pids/sleeper.pid")).doesNotExist();
    }

    @Test
    void aProcessThatIgnoresTermIsKilledAfterTheGraceTime() throws Exception {
        process = new ManagedProcess("stubborn", dir.resolve("stubborn.pid"));
        long pid = process.start(List.of("sh", "-c", "trap '' TERM; while true; do sleep 1; done"), Map.of(), dir,
                dir.resolve("log"));
        awaitGroupSize(pid, 1);

        process.stop(Duration.ofMillis(500));

        assertThat(ManagedProcess.groupMembers(pid)).isEmpty();
    }

    @Test
    void outputGoesToTheLogFile() throws Exception {
        process = new ManagedProcess("echo", dir.resolve("echo.pid"));
        process.start(List.of("sh", "-c", "echo started-ok"), Map.of("X", "1"), dir, dir.resolve("echo.log"));

        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!Files.readString(dir.resolve("echo.log")).contains("started-ok") && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(Files.readString(dir.resolve("echo.log"))).contains("started-ok");
    }

    @Test
    void aPidFileOfAnotherProcessIsNotTakenForOurs() throws Exception {
        // pid 1 exists but did not start at the recorded time.
        Files.writeString(dir.resolve("stale.pid"), "1 12345\n");
        process = new ManagedProcess("stale", dir.resolve("stale.pid"));

        assertThat(process.running()).isEmpty();
        assertThat(process.stop(Duration.ofSeconds(1))).isFalse();
        process = null;
    }

    private static void awaitGroupSize(long pid, int size) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (ManagedProcess.groupMembers(pid).size() < size && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(ManagedProcess.groupMembers(pid)).hasSizeGreaterThanOrEqualTo(size);
    }
}
