package vn.gov.moh.soc.agent.pipeline;

/**
 * A source of lines: files, a syslog server, stdin. Started once with the sink; closed on
 * shutdown, after which it hands nothing more to the sink.
 */
public interface Input extends AutoCloseable {
    /** The name of the input in the configuration; part of every envelope's id. */
    String name();

    /** Starts reading on threads of its own. */
    void start(Sink sink) throws java.io.IOException;

    InputCounters counters();

    /**
     * Captures the input's read positions as they are now and returns what saves them. The
     * agent calls it, then forces the spool to disk, then runs the returned action: positions
     * are saved only for records the spool holds on disk. Inputs with nothing to save (network
     * inputs) keep the default.
     */
    default Runnable prepareCommit() {
        return () -> { };
    }

    /** Stops reading and releases files and sockets. Idempotent. */
    @Override
    void close();
}
