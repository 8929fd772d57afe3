package vn.gov.moh.soc.bench.agent;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.kafka.tools.ProducerPerformance;

/**
 * Runs Kafka's producer-perf-test ({@link ProducerPerformance}, the class behind
 * {@code kafka-producer-perf-test.sh}) with the given arguments in this JVM, then prints what it
 * cost, so that the ceiling is measured like the shippers:
 * <pre>
 * RESULT usage CPU_SECONDS PEAK_RSS_KIB
 * </pre>
 * CPU is the whole process's user and system time (JVM start included); the peak resident set is
 * {@code VmHWM} of {@code /proc/self/status}.
 */
public final class CeilingRun {
    private CeilingRun() {
    }

    public static void main(String[] args) throws Exception {
        ProducerPerformance.main(args);
        double cpu = ProcessHandle.current().info().totalCpuDuration().map(Duration::toNanos).orElse(-1L) / 1e9;
        System.out.printf("RESULT usage %.2f %d%n", cpu, peakRssKib());
        System.out.flush();
        // The producer's threads are gone, but be sure not to linger on a non-daemon thread.
        System.exit(0);
    }

    private static long peakRssKib() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }
}
