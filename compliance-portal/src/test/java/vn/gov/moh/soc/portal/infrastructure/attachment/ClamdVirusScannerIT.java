package vn.gov.moh.soc.portal.infrastructure.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gov.moh.soc.portal.domain.model.attachment.ScanResult;

/**
 * The scanner against a real ClamAV daemon (Debian package {@code clamav-daemon}) started by the
 * test with a signature database of its own: one signature for a marker text written here, since
 * ClamAV's published databases cannot be fetched on this machine. Skipped, saying so, where clamd
 * is not installed.
 */
class ClamdVirusScannerIT {
    private static final Path CLAMD = Path.of("/usr/sbin/clamd");
    private static final String MARKER = "MOH-SOC-PORTAL-TEST-SIGNATURE-4f1c";

    @TempDir
    Path dir;

    @Test
    void aRealClamdReportsACleanFileCleanAndAFileWithASignatureInfected() throws Exception {
        assumeTrue(Files.isExecutable(CLAMD), "clamd is not installed (apt-get install clamav-daemon): " + CLAMD);
        Path db = Files.createDirectories(dir.resolve("db"));
        Files.writeString(db.resolve("portal.ndb"),
                "Portal-Test-Marker:0:*:" + HexFormat.of().formatHex(MARKER.getBytes(StandardCharsets.US_ASCII)) + "\n");
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path conf = Files.writeString(dir.resolve("clamd.conf"), String.join("\n",
                "Foreground yes", "DatabaseDirectory " + db, "TCPSocket " + port, "TCPAddr 127.0.0.1",
                "LogFile " + dir.resolve("clamd.log"), "PidFile " + dir.resolve("clamd.pid"), "User root", ""));
        Process clamd = new ProcessBuilder(CLAMD.toString(), "-c", conf.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("clamd.out").toFile()).start();
        try {
            awaitListening(port, clamd);
            ClamdVirusScanner scanner = new ClamdVirusScanner("127.0.0.1", port, Duration.ofSeconds(10));

            ScanResult clean = scanner.scan(Files.write(dir.resolve("plan.pdf"), SampleFiles.pdf("phương án")));
            assertThat(clean.verdict()).isEqualTo(ScanResult.Verdict.CLEAN);

            byte[] marked = SampleFiles.pdf("x " + MARKER + " y");
            ScanResult infected = scanner.scan(Files.write(dir.resolve("bad.pdf"), marked));
            assertThat(infected.verdict()).isEqualTo(ScanResult.Verdict.INFECTED);
            assertThat(infected.detail()).startsWith("Portal-Test-Marker");
            assertThat(infected.engine()).isEqualTo("clamd 127.0.0.1:" + port);
        } finally {
            clamd.destroy();
            if (!clamd.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                clamd.destroyForcibly();
            }
        }
    }

    private void awaitListening(int port, Process clamd) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            if (!clamd.isAlive()) {
                throw new IllegalStateException("clamd stopped: " + Files.readString(dir.resolve("clamd.out")));
            }
            try (Socket s = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(200);
            }
        }
        throw new IllegalStateException("clamd did not listen on " + port + " within 90 s");
    }
}
