package vn.gov.moh.soc.agent.syslog;

/** The listening side of a syslog input for one transport: its socket and its threads. */
interface Receiver {
    /** The local port actually bound. */
    int port();

    /**
     * Closes the sockets and interrupts the threads, then waits for them until {@code deadlineNanos}
     * ({@link System#nanoTime()} scale).
     *
     * @return true if every thread ended in time
     */
    boolean close(long deadlineNanos);

    /** Joins a thread until the deadline; false if it is still alive then. */
    static boolean join(Thread thread, long deadlineNanos) {
        long left = deadlineNanos - System.nanoTime();
        try {
            if (left > 0) {
                thread.join(Math.max(1, left / 1_000_000));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return !thread.isAlive();
    }
}
