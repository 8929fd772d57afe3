package vn.gov.moh.soc.agent.syslog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.TrustManagerFactory;

/**
 * Makes the listening socket of a TLS syslog input (RFC 5425): the server key and certificate
 * from a PKCS12 keystore, TLS 1.2 and 1.3 only, and client certificates required when a
 * truststore is configured. The cipher suites are the JDK's defaults for those versions.
 */
final class TlsServerSockets {
    static final List<String> PROTOCOLS = List.of("TLSv1.3", "TLSv1.2");

    private TlsServerSockets() {
    }

    /**
     * An unbound server socket for the settings.
     *
     * @throws IOException naming the keystore that cannot be read, has no key or whose password is wrong
     */
    static SSLServerSocket create(SyslogSettings settings) throws IOException {
        SSLContext context;
        try {
            KeyStore keys = load(settings.tlsKeystore(), settings.tlsKeystorePassword(), "keystore");
            if (!Collections.list(keys.aliases()).stream().anyMatch(a -> isKey(keys, a))) {
                throw new IOException("TLS keystore " + settings.tlsKeystore() + " holds no private key");
            }
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(keys, settings.tlsKeystorePassword().toCharArray());
            TrustManagerFactory tmf = null;
            if (settings.tlsTruststore() != null) {
                KeyStore trusted = load(settings.tlsTruststore(), settings.tlsTruststorePassword(), "truststore");
                tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
                tmf.init(trusted);
            }
            context = SSLContext.getInstance("TLS");
            context.init(kmf.getKeyManagers(), tmf == null ? null : tmf.getTrustManagers(), null);
        } catch (GeneralSecurityException e) {
            throw new IOException("TLS for syslog input " + settings.name() + " cannot be set up: " + e.getMessage(), e);
        }
        SSLServerSocket socket = (SSLServerSocket) context.getServerSocketFactory().createServerSocket();
        List<String> supported = Arrays.asList(socket.getSupportedProtocols());
        String[] protocols = PROTOCOLS.stream().filter(supported::contains).toArray(String[]::new);
        if (protocols.length == 0) {
            socket.close();
            throw new IOException("this JVM supports neither TLS 1.3 nor TLS 1.2");
        }
        socket.setEnabledProtocols(protocols);
        socket.setNeedClientAuth(settings.tlsTruststore() != null);
        return socket;
    }

    private static KeyStore load(Path path, String password, String what) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(path)) {
            store.load(in, password == null ? null : password.toCharArray());
        } catch (IOException e) {
            // PKCS12 reports a wrong password as an IOException caused by UnrecoverableKeyException.
            String reason = e.getCause() instanceof java.security.UnrecoverableKeyException
                    ? "wrong password" : e.toString();
            throw new IOException("TLS " + what + " " + path + " cannot be read: " + reason, e);
        }
        return store;
    }

    private static boolean isKey(KeyStore store, String alias) {
        try {
            return store.isKeyEntry(alias);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
