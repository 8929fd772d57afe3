package vn.gov.moh.soc.agent.syslog;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/** Keystores for the TLS tests, made with the JDK's keytool, and the SSL contexts of clients. */
public final class TestKeys {
    public static final String PASSWORD = "changeit";

    private TestKeys() {
    }

    /** A PKCS12 keystore with a self-signed EC key for {@code cn} (and SAN localhost, 127.0.0.1). */
    public static Path keyPair(Path dir, String file, String cn) throws IOException, InterruptedException {
        Path keystore = dir.resolve(file);
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process p = new ProcessBuilder(List.of(keytool.toString(), "-genkeypair", "-alias", "syslog", "-keyalg", "EC",
                "-groupname", "secp256r1", "-dname", "CN=" + cn, "-ext", "SAN=dns:localhost,ip:127.0.0.1",
                "-validity", "2", "-storetype", "PKCS12", "-keystore", keystore.toString(), "-storepass", PASSWORD,
                "-keypass", PASSWORD, "-noprompt"))
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("keytool failed: " + output);
        }
        return keystore;
    }

    static KeyStore load(Path keystore) throws IOException, GeneralSecurityException {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            ks.load(in, PASSWORD.toCharArray());
        }
        return ks;
    }

    /** A PKCS12 truststore holding the certificate of the key pair in {@code keystore}. */
    static Path truststoreOf(Path keystore, Path file) throws IOException, GeneralSecurityException {
        KeyStore trust = trustOf(keystore);
        try (OutputStream out = Files.newOutputStream(file)) {
            trust.store(out, PASSWORD.toCharArray());
        }
        return file;
    }

    private static KeyStore trustOf(Path keystore) throws IOException, GeneralSecurityException {
        Certificate cert = load(keystore).getCertificate("syslog");
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("trusted", cert);
        return trust;
    }

    /** A client context that trusts the certificate in {@code serverKeystore} and presents {@code clientKeystore}, if any. */
    public static SSLContext clientContext(Path serverKeystore, Path clientKeystore) throws IOException, GeneralSecurityException {
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trustOf(serverKeystore));
        KeyManagerFactory kmf = null;
        if (clientKeystore != null) {
            kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(load(clientKeystore), PASSWORD.toCharArray());
        }
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(kmf == null ? null : kmf.getKeyManagers(), tmf.getTrustManagers(), null);
        return context;
    }
}
