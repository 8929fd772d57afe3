package vn.gov.moh.soc.agent.spool;

/**
 * The spool is full and the agent is stopping, so an append did not wait for space (see
 * {@link Spool#stopWaiting}): the record was not taken, and its input, whose position was not
 * saved past it, reads it again at the next start.
 */
public final class SpoolFullException extends RuntimeException {
    public SpoolFullException(String message) {
        super(message);
    }
}
