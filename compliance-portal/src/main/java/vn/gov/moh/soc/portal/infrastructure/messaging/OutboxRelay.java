package vn.gov.moh.soc.portal.infrastructure.messaging;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends pending outbox rows in the order they were written and marks the ones the broker has.
 *
 * <p>Only the rows before the first failure are marked sent, and the next round sends again from
 * the failed one. Rows after it may have reached the broker already; sending them again repeats a
 * value the compacted topic holds anyway, whereas marking them sent would let an older value of the
 * same key (the failed row, sent later) replace a newer one. At least once, in order per key.
 */
public final class OutboxRelay {
    private final OutboxStore store;
    private final RecordSender sender;
    private final Duration timeout;

    /**
     * What one round did.
     *
     * @param error why the first unsent row failed; null when every row was sent
     */
    public record Round(int sent, String error) {
    }

    public OutboxRelay(OutboxStore store, RecordSender sender, Duration timeout) {
        this.store = store;
        this.sender = sender;
        this.timeout = timeout;
    }

    /** Sends up to {@code batch} pending rows. */
    public Round drain(int batch) {
        List<OutboxRecord> rows = store.pending(batch);
        if (rows.isEmpty()) {
            return new Round(0, null);
        }
        List<Future<?>> futures = new ArrayList<>();
        for (OutboxRecord r : rows) {
            try {
                futures.add(sender.send(r));
            } catch (RuntimeException e) {
                // Nothing after a row the producer refused may go out before it.
                futures.add(CompletableFuture.failedFuture(e));
                break;
            }
        }
        sender.flush();
        List<Long> sent = new ArrayList<>();
        String error = null;
        long deadline = System.nanoTime() + timeout.toNanos();
        for (int i = 0; i < futures.size() && error == null; i++) {
            try {
                futures.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                sent.add(rows.get(i).id());
            } catch (ExecutionException e) {
                error = describe(e.getCause());
            } catch (TimeoutException e) {
                error = "the broker did not acknowledge within " + timeout.toSeconds() + " s";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                error = "interrupted while waiting for the broker";
            }
        }
        if (!sent.isEmpty()) {
            store.markSent(sent);
        }
        if (error != null) {
            OutboxRecord failed = rows.get(sent.size());
            error = failed.topic().baseName() + " key " + failed.key() + ": " + error;
            store.markFailed(failed.id(), error);
        }
        return new Round(sent.size(), error);
    }

    private static String describe(Throwable t) {
        return t == null ? "unknown error" : t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
