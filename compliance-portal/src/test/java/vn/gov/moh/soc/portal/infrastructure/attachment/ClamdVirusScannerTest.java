package vn.gov.moh.soc.portal.infrastructure.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gov.moh.soc.portal.domain.model.attachment.ScanResult;

/**
 * The INSTREAM exchange against a stand-in for clamd that reads the protocol as clamd does
 * (command, length-prefixed chunks, a zero chunk) and answers with a given line. No ClamAV runs
 * here: its signature database cannot be fetched on this machine.
 */
class ClamdVirusScannerTest {
    @TempDir
    Path dir;

    private record Exchange(String command, byte[] received) {
    }

    private static CompletableFuture<Exchange> clamd(ServerSocket server, String reply) {
        return CompletableFuture.supplyAsync(() -> {
            try (Socket s = server.accept()) {
                DataInputStream in = new DataInputStream(s.getInputStream());
                ByteArrayOutputStream command = new ByteArrayOutputStream();
                for (int b; (b = in.read()) > 0; ) {
                    command.write(b);
                }
                ByteArrayOutputStream data = new ByteArrayOutputStream();
                for (int n; (n = in.readInt()) > 0; ) {
                    data.write(in.readNBytes(n));
                }
                s.getOutputStream().write((reply + "\0").getBytes(StandardCharsets.US_ASCII));
                return new Exchange(command.toString(StandardCharsets.US_ASCII), data.toByteArray());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private ScanResult scan(String reply, byte[] content, Exchange[] seen) throws Exception {
        try (ServerSocket server = new ServerSocket(0)) {
            CompletableFuture<Exchange> exchange = clamd(server, reply);
            Path file = Files.write(dir.resolve("f"), content);
            ScanResult r = new ClamdVirusScanner("127.0.0.1", server.getLocalPort(), Duration.ofSeconds(5)).scan(file);
            seen[0] = exchange.get(5, TimeUnit.SECONDS);
            return r;
        }
    }

    @Test
    void aCleanFileIsStreamedWholeAndReportedClean() throws Exception {
        byte[] big = new byte[200_000];
        big[199_999] = 42;
        Exchange[] seen = new Exchange[1];
        ScanResult r = scan("stream: OK", big, seen);
        assertThat(r.verdict()).isEqualTo(ScanResult.Verdict.CLEAN);
        assertThat(r.engine()).startsWith("clamd 127.0.0.1:");
        assertThat(seen[0].command()).isEqualTo("zINSTREAM");
        assertThat(seen[0].received()).isEqualTo(big);
    }

    @Test
    void aSignatureFoundIsReportedInfectedWithItsName() throws Exception {
        ScanResult r = scan("stream: Eicar-Test-Signature FOUND", "X5O!P%@AP".getBytes(StandardCharsets.US_ASCII), new Exchange[1]);
        assertThat(r.verdict()).isEqualTo(ScanResult.Verdict.INFECTED);
        assertThat(r.detail()).isEqualTo("Eicar-Test-Signature");
    }

    @Test
    void anErrorOrNoDaemonFailsTheScanInsteadOfPassingTheFile() throws Exception {
        assertThatThrownBy(() -> scan("INSTREAM size limit exceeded. ERROR", new byte[10], new Exchange[1]))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("size limit exceeded");
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        Path file = Files.write(dir.resolve("g"), new byte[10]);
        assertThatThrownBy(() -> new ClamdVirusScanner("127.0.0.1", closedPort, Duration.ofSeconds(2)).scan(file))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("did not answer");
    }
}
