package vn.gov.moh.soc.stack.part;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/** Loopback port checks. */
public final class Ports {
    private Ports() {
    }

    /** True if nothing listens on the port on 127.0.0.1 and we may bind it. */
    public static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true); // as servers do: connections in TIME_WAIT do not make a port busy
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        } catch (IOException e) {
            return false;
        }
        // Something bound to another address (0.0.0.0, ::1) may still answer on loopback.
        return !isListening(port);
    }

    /** True if something accepts connections on 127.0.0.1:port. */
    public static boolean isListening(int port) {
        return isListening(InetAddress.getLoopbackAddress(), port);
    }

    /** True if something accepts connections on the address and port. */
    public static boolean isListening(InetAddress address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** A port that was free a moment ago, chosen by the kernel. */
    public static int findFree() {
        return findFree(1)[0];
    }

    /**
     * Distinct ports that were free a moment ago. All are held open until every one is chosen:
     * the kernel hands a just-closed port out again, so one call at a time could give the same
     * port twice.
     */
    public static int[] findFree(int count) {
        ServerSocket[] held = new ServerSocket[count];
        int[] ports = new int[count];
        try {
            for (int i = 0; i < count; i++) {
                held[i] = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                ports[i] = held[i].getLocalPort();
            }
            return ports;
        } catch (IOException e) {
            throw new IllegalStateException("no free port on the loopback interface", e);
        } finally {
            for (ServerSocket socket : held) {
                if (socket != null) {
                    try {
                        socket.close();
                    } catch (IOException ignored) {
                        // a socket that fails to close still leaves its port to the kernel
                    }
                }
            }
        }
    }
}
