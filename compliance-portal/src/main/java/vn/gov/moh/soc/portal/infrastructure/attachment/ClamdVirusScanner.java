package vn.gov.moh.soc.portal.infrastructure.attachment;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import vn.gov.moh.soc.portal.domain.model.attachment.ScanResult;
import vn.gov.moh.soc.portal.domain.model.attachment.VirusScanner;

/**
 * Asks a ClamAV daemon over TCP with its {@code INSTREAM} command: the file in length-prefixed
 * chunks, a zero-length chunk to end, one reply line ({@code stream: OK}, {@code stream: NAME FOUND}
 * or an error). Any other answer, or no answer, fails the upload rather than letting it through.
 */
public final class ClamdVirusScanner implements VirusScanner {
    private static final int CHUNK = 64 * 1024;
    private final String host;
    private final int port;
    private final Duration timeout;

    public ClamdVirusScanner(String host, int port, Duration timeout) {
        this.host = host;
        this.port = port;
        this.timeout = timeout;
    }

    @Override
    public ScanResult scan(Path file) {
        String engine = "clamd " + host + ":" + port;
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), (int) timeout.toMillis());
            socket.setSoTimeout((int) timeout.toMillis());
            DataOutputStream out = new DataOutputStream(socket.getOutputStream());
            out.write("zINSTREAM\0".getBytes(StandardCharsets.US_ASCII));
            try (InputStream in = Files.newInputStream(file)) {
                byte[] buffer = new byte[CHUNK];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    out.writeInt(n);
                    out.write(buffer, 0, n);
                }
            }
            out.writeInt(0);
            out.flush();
            String reply = readReply(socket.getInputStream());
            if (reply.endsWith(" OK")) {
                return new ScanResult(ScanResult.Verdict.CLEAN, engine, "");
            }
            if (reply.endsWith(" FOUND")) {
                String signature = reply.substring(reply.indexOf(':') + 1, reply.length() - " FOUND".length()).strip();
                return new ScanResult(ScanResult.Verdict.INFECTED, engine, signature);
            }
            throw new IllegalStateException(engine + " could not scan the file: " + reply);
        } catch (IOException e) {
            throw new UncheckedIOException(engine + " did not answer: " + e.getMessage(), e);
        }
    }

    private static String readReply(InputStream in) throws IOException {
        ByteArrayOutputStream reply = new ByteArrayOutputStream();
        for (int b; (b = in.read()) > 0 && b != '\n'; ) {
            reply.write(b);
            if (reply.size() > 4096) {
                break;
            }
        }
        return reply.toString(StandardCharsets.US_ASCII).strip();
    }
}
