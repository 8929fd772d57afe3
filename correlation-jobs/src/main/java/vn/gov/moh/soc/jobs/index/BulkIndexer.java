package vn.gov.moh.soc.jobs.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import vn.gov.moh.soc.jobs.index.BulkTransport.ItemResult;

/**
 * Batches documents into bulk requests and sees each request through to the end: every document
 * acknowledged, rejected for good (to the dead-letter handler), or, once the retries are spent, a
 * failure that the next {@link #add} or {@link #flush} throws so the job restarts from its last
 * checkpoint (nothing is lost: that checkpoint did not include these documents).
 *
 * <p>A request holds one of the {@code maxInFlightRequests} slots from its first attempt until
 * its last retry settles, so {@link #add} blocks while Elasticsearch is slow or failing: that is the
 * back-pressure. {@link #flush} sends what is buffered and waits until no request is left.
 *
 * <p>{@link #add}, {@link #flush} and {@link #sendIfDue} are called by one thread (the Flink task);
 * answers are settled and retries sent on the timer's thread, hence the lock.
 */
final class BulkIndexer implements AutoCloseable {
    private final ElasticsearchSinkConfig config;
    private final BulkTransport transport;
    private final DeadLetterHandler deadLetters;
    private final IndexMetrics metrics;
    private final ScheduledExecutorService retryTimer;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition settled = lock.newCondition();
    private List<IndexDocument> buffer = new ArrayList<>();
    private long bufferBytes;
    private long bufferStartNanos;
    private int inFlight;
    private Throwable failure;

    BulkIndexer(ElasticsearchSinkConfig config, BulkTransport transport, DeadLetterHandler deadLetters,
            IndexMetrics metrics, ScheduledExecutorService retryTimer) {
        this.config = config;
        this.transport = transport;
        this.deadLetters = deadLetters;
        this.metrics = metrics;
        this.retryTimer = retryTimer;
    }

    /** True for an HTTP status that may succeed later: too many requests, or a server-side error. */
    static boolean retryableStatus(int status) {
        return status == 429 || status >= 500;
    }

    /** True for a failure of a whole request that may succeed later. */
    static boolean retryable(Throwable failure) {
        if (failure instanceof BulkRequestFailedException b) {
            return retryableStatus(b.status());
        }
        return failure instanceof IOException; // connection refused or reset, timeouts
    }

    /** Buffers a document; sends the buffer when it is full, blocking while every request slot is taken. */
    void add(IndexDocument doc) throws IOException, InterruptedException {
        throwIfFailed();
        List<IndexDocument> before = null;
        List<IndexDocument> full = null;
        lock.lock();
        try {
            if (!buffer.isEmpty() && bufferBytes + doc.bulkBytes() > config.bulkBytes()) {
                before = takeBuffer();
            }
            if (buffer.isEmpty()) {
                bufferStartNanos = System.nanoTime();
            }
            buffer.add(doc);
            bufferBytes += doc.bulkBytes();
            if (buffer.size() >= config.bulkActions() || bufferBytes >= config.bulkBytes()) {
                full = takeBuffer();
            }
        } finally {
            lock.unlock();
        }
        if (before != null) {
            send(before);
        }
        if (full != null) {
            send(full);
        }
    }

    /** Sends the buffer if its first document has waited the flush interval. */
    void sendIfDue() throws IOException, InterruptedException {
        List<IndexDocument> due = null;
        lock.lock();
        try {
            if (!buffer.isEmpty() && System.nanoTime() - bufferStartNanos >= config.flushInterval().toNanos()) {
                due = takeBuffer();
            }
        } finally {
            lock.unlock();
        }
        if (due != null) {
            send(due);
        }
    }

    /**
     * Sends what is buffered and returns once every document given so far is acknowledged or
     * dead-lettered, and the dead letters are stored.
     *
     * @throws IOException if a request failed for good
     */
    void flush() throws IOException, InterruptedException {
        List<IndexDocument> rest;
        lock.lock();
        try {
            rest = buffer.isEmpty() ? null : takeBuffer();
        } finally {
            lock.unlock();
        }
        if (rest != null) {
            send(rest);
        }
        lock.lock();
        try {
            while (inFlight > 0 && failure == null) {
                settled.await();
            }
        } finally {
            lock.unlock();
        }
        throwIfFailed();
        deadLetters.flush();
    }

    int buffered() {
        lock.lock();
        try {
            return buffer.size();
        } finally {
            lock.unlock();
        }
    }

    int inFlightRequests() {
        lock.lock();
        try {
            return inFlight;
        } finally {
            lock.unlock();
        }
    }

    private List<IndexDocument> takeBuffer() {
        List<IndexDocument> batch = buffer;
        buffer = new ArrayList<>();
        bufferBytes = 0;
        return batch;
    }

    private void send(List<IndexDocument> batch) throws IOException, InterruptedException {
        lock.lock();
        try {
            while (inFlight >= config.maxInFlightRequests() && failure == null) {
                settled.await();
            }
            if (failure == null) {
                inFlight++;
            }
        } finally {
            lock.unlock();
        }
        throwIfFailed();
        attempt(batch, 0);
    }

    private void attempt(List<IndexDocument> batch, int attempt) {
        long start = System.nanoTime();
        CompletableFuture<List<ItemResult>> answer;
        try {
            answer = transport.bulk(batch);
        } catch (RuntimeException e) {
            answer = CompletableFuture.failedFuture(e);
        }
        // Settled on the timer's thread, not the HTTP client's: handing a dead letter to Kafka may block
        // (metadata, a full buffer), and the client's I/O threads must keep serving the other requests.
        answer.whenCompleteAsync((results, error) -> {
            metrics.bulkLatency(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
            try {
                if (error != null) {
                    Throwable cause = unwrap(error);
                    if (retryable(cause)) {
                        retryOrFail(batch, attempt, cause.toString(), cause);
                    } else {
                        fail(new IOException("bulk request to Elasticsearch failed for good: " + cause, cause));
                    }
                } else {
                    settle(batch, attempt, results);
                }
            } catch (RuntimeException e) {
                fail(e); // e.g. the dead-letter handler could not take a record
            }
        }, retryTimer);
    }

    private void settle(List<IndexDocument> batch, int attempt, List<ItemResult> results) {
        if (results.size() != batch.size()) {
            fail(new IOException("Elasticsearch answered " + results.size() + " items for a bulk of " + batch.size()));
            return;
        }
        List<IndexDocument> again = new ArrayList<>();
        String lastPassingReason = null;
        int indexed = 0;
        int rejected = 0;
        for (int i = 0; i < batch.size(); i++) {
            ItemResult r = results.get(i);
            IndexDocument doc = batch.get(i);
            if (r.stored(doc)) {
                indexed++;
            } else if (retryableStatus(r.status())) {
                again.add(doc);
                lastPassingReason = r.status() + " " + r.error();
            } else {
                deadLetters.reject(doc.id(), doc.index(), doc.sourceText(), r.status() + " " + r.error());
                rejected++;
            }
        }
        metrics.indexed(indexed);
        metrics.rejected(rejected);
        if (again.isEmpty()) {
            release();
        } else {
            retryOrFail(again, attempt, lastPassingReason, null);
        }
    }

    private void retryOrFail(List<IndexDocument> batch, int attempt, String reason, Throwable cause) {
        if (attempt >= config.maxRetries()) {
            fail(new IOException(batch.size() + " documents not indexed after " + (attempt + 1)
                    + " attempts; last failure: " + reason, cause));
            return;
        }
        metrics.retried(batch.size());
        long delay = config.backoff(attempt + 1).toMillis();
        try {
            retryTimer.schedule(() -> attempt(batch, attempt + 1), delay, TimeUnit.MILLISECONDS);
        } catch (RuntimeException e) { // the timer was shut down: the writer is closing
            fail(e);
        }
    }

    private void release() {
        lock.lock();
        try {
            inFlight--;
            settled.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void fail(Throwable t) {
        lock.lock();
        try {
            if (failure == null) {
                failure = t;
            }
            inFlight--;
            settled.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void throwIfFailed() throws IOException {
        Throwable t;
        lock.lock();
        try {
            t = failure;
        } finally {
            lock.unlock();
        }
        if (t instanceof IOException io) {
            throw new IOException(io.getMessage(), io);
        }
        if (t != null) {
            throw new IOException("indexing into Elasticsearch failed: " + t, t);
        }
    }

    private static Throwable unwrap(Throwable t) {
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    @Override
    public void close() throws IOException {
        retryTimer.shutdownNow();
        try {
            transport.close();
        } finally {
            deadLetters.close();
        }
    }
}
