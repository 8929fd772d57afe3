package vn.gov.moh.soc.jobs.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.gov.moh.soc.jobs.index.BulkTransport.ItemResult;

/** The batching, retry and back-pressure decisions of {@link BulkIndexer}, against a scripted transport. */
class BulkIndexerTest {
    private final ScriptedTransport transport = new ScriptedTransport();
    private final RecordingDeadLetters deadLetters = new RecordingDeadLetters();
    private final CountingMetrics metrics = new CountingMetrics();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private BulkIndexer indexer;

    @AfterEach
    void close() throws IOException {
        if (indexer != null) {
            indexer.close();
        }
        timer.shutdownNow();
    }

    private BulkIndexer indexer(ElasticsearchSinkConfig.Builder config) {
        indexer = new BulkIndexer(config.hosts("http://127.0.0.1:9200").build(), transport, deadLetters, metrics, timer);
        return indexer;
    }

    private static ElasticsearchSinkConfig.Builder config() {
        return ElasticsearchSinkConfig.builder().backoff(Duration.ofMillis(1), Duration.ofMillis(4));
    }

    private static IndexDocument doc(int n) {
        return new IndexDocument("soc-alerts", "id-" + n, ("{\"n\":" + n + "}").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aBulkIsSentWhenItHoldsBulkActionsDocumentsAndFlushSendsTheRest() throws Exception {
        BulkIndexer indexer = indexer(config().bulkActions(3));

        for (int i = 0; i < 7; i++) {
            indexer.add(doc(i));
        }

        assertThat(transport.sizes()).containsExactly(3, 3);
        assertThat(indexer.buffered()).isEqualTo(1);
        indexer.flush();
        assertThat(transport.sizes()).containsExactly(3, 3, 1);
        assertThat(indexer.buffered()).isZero();
        assertThat(metrics.indexed.get()).isEqualTo(7);
    }

    @Test
    void aBulkNeverGrowsPastBulkBytesUnlessOneDocumentAloneIsLarger() throws Exception {
        BulkIndexer indexer = indexer(config().bulkActions(1000).bulkBytes(1024));
        byte[] source = new byte[400];
        java.util.Arrays.fill(source, (byte) ' ');

        for (int i = 0; i < 5; i++) {
            indexer.add(new IndexDocument("i", "id-" + i, source));
        }
        indexer.add(new IndexDocument("i", "huge", new byte[5000]));
        indexer.flush();

        assertThat(transport.sizes()).containsExactly(2, 2, 1, 1);
    }

    @Test
    void onlyRetryableItemsAreRetriedAndRejectedOnesGoToTheDeadLetters() throws Exception {
        BulkIndexer indexer = indexer(config().bulkActions(3));
        transport.then(docs -> List.of(ItemResult.CREATED,
                new ItemResult(429, "es_rejected_execution_exception: queue full"),
                new ItemResult(400, "document_parsing_exception: failed to parse field [source.ip] of type [ip]")));

        indexer.add(doc(0));
        indexer.add(doc(1));
        indexer.add(doc(2));
        indexer.flush();

        assertThat(transport.calls).hasSize(2);
        assertThat(transport.calls.get(1)).extracting(IndexDocument::id).containsExactly("id-1");
        assertThat(deadLetters.rejected).containsExactly("id-2 soc-alerts {\"n\":2} "
                + "400 document_parsing_exception: failed to parse field [source.ip] of type [ip]");
        assertThat(deadLetters.flushes.get()).isEqualTo(1);
        assertThat(metrics.indexed.get()).isEqualTo(2);
        assertThat(metrics.retried.get()).isEqualTo(1);
        assertThat(metrics.rejected.get()).isEqualTo(1);
    }

    @Test
    void aVersionConflictIsWrittenForACreateAndRejectedForAnIndex() throws Exception {
        BulkIndexer indexer = indexer(config().bulkActions(2));
        String conflict = "version_conflict_engine_exception: [id-0]: version conflict, document already exists";
        transport.then(docs -> List.of(new ItemResult(409, conflict), new ItemResult(409, conflict)));
        IndexDocument replayedAlert = new IndexDocument("soc-alerts", "id-0", "{}".getBytes(StandardCharsets.UTF_8),
                IndexDocument.Operation.CREATE);
        IndexDocument conflictingEvent = new IndexDocument("soc-events", "id-1", "{}".getBytes(StandardCharsets.UTF_8));

        indexer.add(replayedAlert);
        indexer.add(conflictingEvent);
        indexer.flush();

        assertThat(transport.calls).as("neither is retried").hasSize(1);
        assertThat(metrics.indexed.get()).as("the alert is stored already").isEqualTo(1);
        assertThat(deadLetters.rejected).containsExactly("id-1 soc-events {} 409 " + conflict);
    }

    @Test
    void aConnectionErrorRetriesTheWholeBulkAndLosesNothing() throws Exception {
        BulkIndexer indexer = indexer(config().bulkActions(2).maxRetries(5));
        transport.failWith(new ConnectException("Connection refused"));
        transport.failWith(new BulkRequestFailedException(503, "cluster_block_exception", null));

        indexer.add(doc(0));
        indexer.add(doc(1));
        indexer.flush();

        assertThat(transport.calls).hasSize(3);
        assertThat(transport.calls).allSatisfy(c -> assertThat(c).extracting(IndexDocument::id).containsExactly("id-0", "id-1"));
        assertThat(metrics.indexed.get()).isEqualTo(2);
        assertThat(metrics.retried.get()).isEqualTo(4);
        assertThat(deadLetters.rejected).isEmpty();
    }

    @Test
    void whenTheRetriesAreSpentFlushAndAddFailNamingTheLastReason() throws Exception {
        BulkIndexer indexer = indexer(config().bulkActions(1).maxRetries(2));
        for (int i = 0; i < 3; i++) {
            transport.then(docs -> List.of(new ItemResult(503, "unavailable_shards_exception: primary shard is not active")));
        }

        indexer.add(doc(0));

        assertThatThrownBy(indexer::flush).isInstanceOf(IOException.class)
                .hasMessageContaining("1 documents not indexed after 3 attempts")
                .hasMessageContaining("unavailable_shards_exception");
        assertThatThrownBy(() -> indexer.add(doc(1))).isInstanceOf(IOException.class);
        assertThat(transport.calls).hasSize(3);
    }

    @Test
    void aRequestRefusedForGoodIsNotRetried() throws Exception {
        BulkIndexer indexer = indexer(config().bulkActions(1));
        transport.failWith(new BulkRequestFailedException(401, "security_exception: missing authentication credentials", null));

        indexer.add(doc(0));

        assertThatThrownBy(indexer::flush).isInstanceOf(IOException.class).hasMessageContaining("401");
        assertThat(transport.calls).hasSize(1);
    }

    @Test
    void theWriterBlocksWhileEveryRequestSlotIsTaken() throws Exception {
        BulkIndexer indexer = indexer(config().bulkActions(1).maxInFlightRequests(2));
        CompletableFuture<List<ItemResult>> first = transport.hold();
        CompletableFuture<List<ItemResult>> second = transport.hold();
        indexer.add(doc(0));
        indexer.add(doc(1));

        AtomicReference<Throwable> error = new AtomicReference<>();
        Thread writer = new Thread(() -> {
            try {
                indexer.add(doc(2));
            } catch (Exception e) {
                error.set(e);
            }
        });
        writer.start();

        await().until(() -> writer.getState() == Thread.State.WAITING);
        assertThat(transport.calls).hasSize(2);
        first.complete(List.of(ItemResult.CREATED));
        writer.join(5000);
        assertThat(writer.isAlive()).isFalse();
        assertThat(error.get()).isNull();
        assertThat(transport.calls).hasSize(3);
        second.complete(List.of(ItemResult.CREATED));
        indexer.flush();
        assertThat(metrics.indexed.get()).isEqualTo(3);
    }

    @Test
    void flushWaitsUntilTheLastRequestIsAnswered() throws Exception {
        BulkIndexer indexer = indexer(config().bulkActions(10));
        CompletableFuture<List<ItemResult>> answer = transport.hold();
        indexer.add(doc(0));

        Thread flusher = new Thread(() -> {
            try {
                indexer.flush();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        flusher.start();

        await().until(() -> flusher.getState() == Thread.State.WAITING);
        assertThat(indexer.inFlightRequests()).isEqualTo(1);
        answer.complete(List.of(ItemResult.CREATED));
        flusher.join(5000);
        assertThat(flusher.isAlive()).isFalse();
        assertThat(indexer.inFlightRequests()).isZero();
    }

    @Test
    void aBufferIsSentByTheTimerOnlyOnceItsFirstDocumentHasWaitedTheInterval() throws Exception {
        BulkIndexer indexer = indexer(config().bulkActions(100).flushInterval(Duration.ofMillis(200)));
        indexer.add(doc(0));

        indexer.sendIfDue();
        assertThat(transport.calls).isEmpty();

        Thread.sleep(250);
        indexer.sendIfDue();
        assertThat(transport.sizes()).containsExactly(1);
    }

    @Test
    void backoffDoublesFromTheInitialWaitUpToTheMaximum() {
        ElasticsearchSinkConfig c = ElasticsearchSinkConfig.builder().hosts("http://es:9200")
                .backoff(Duration.ofMillis(100), Duration.ofMillis(1000)).build();

        assertThat(List.of(c.backoff(1), c.backoff(2), c.backoff(3), c.backoff(4), c.backoff(5), c.backoff(30)))
                .extracting(Duration::toMillis).containsExactly(100L, 200L, 400L, 800L, 1000L, 1000L);
    }

    @Test
    void whatIsRetryable() {
        assertThat(BulkIndexer.retryableStatus(429)).isTrue();
        assertThat(BulkIndexer.retryableStatus(502)).isTrue();
        assertThat(BulkIndexer.retryableStatus(400)).isFalse();
        assertThat(BulkIndexer.retryableStatus(409)).isFalse();
        assertThat(BulkIndexer.retryable(new ConnectException())).isTrue();
        assertThat(BulkIndexer.retryable(new BulkRequestFailedException(413, "too large", null))).isFalse();
        assertThat(BulkIndexer.retryable(new IllegalStateException())).isFalse();
    }

    @Test
    void aWrongSettingIsNamed() {
        assertThatThrownBy(() -> ElasticsearchSinkConfig.builder().build()).hasMessageContaining("hosts");
        assertThatThrownBy(() -> ElasticsearchSinkConfig.builder().hosts("es:9200"))
                .hasMessageContaining("'es:9200' must be http://host:port");
        assertThatThrownBy(() -> ElasticsearchSinkConfig.builder().bulkActions(0)).hasMessageContaining("bulkActions");
        assertThatThrownBy(() -> ElasticsearchSinkConfig.builder().maxInFlightRequests(100))
                .hasMessageContaining("maxInFlightRequests must be from 1 to 64");
        assertThatThrownBy(() -> ElasticsearchSinkConfig.builder().backoff(Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .hasMessageContaining("maxBackoff");
        assertThatThrownBy(() -> ElasticsearchSinkConfig.builder().hosts("http://es:9200").sslContext(() -> null).build())
                .hasMessageContaining("no host uses https");
    }

    /** Answers each bulk from a script, in order; every item created when the script is empty. */
    private static final class ScriptedTransport implements BulkTransport {
        final List<List<IndexDocument>> calls = new CopyOnWriteArrayList<>();
        private final ConcurrentLinkedQueue<Function<List<IndexDocument>, CompletableFuture<List<ItemResult>>>> script =
                new ConcurrentLinkedQueue<>();

        void then(Function<List<IndexDocument>, List<ItemResult>> answer) {
            script.add(docs -> CompletableFuture.completedFuture(answer.apply(docs)));
        }

        void failWith(Throwable t) {
            script.add(docs -> CompletableFuture.failedFuture(t));
        }

        CompletableFuture<List<ItemResult>> hold() {
            CompletableFuture<List<ItemResult>> f = new CompletableFuture<>();
            script.add(docs -> f);
            return f;
        }

        List<Integer> sizes() {
            return calls.stream().map(List::size).toList();
        }

        @Override
        public CompletableFuture<List<ItemResult>> bulk(List<IndexDocument> documents) {
            calls.add(List.copyOf(documents));
            var next = script.poll();
            if (next != null) {
                return next.apply(documents);
            }
            return CompletableFuture.completedFuture(Collections.nCopies(documents.size(), ItemResult.CREATED));
        }

        @Override
        public void close() {
        }
    }

    private static final class RecordingDeadLetters implements DeadLetterHandler {
        final List<String> rejected = new CopyOnWriteArrayList<>();
        final AtomicInteger flushes = new AtomicInteger();

        @Override
        public void reject(String id, String target, String record, String reason) {
            rejected.add(id + " " + target + " " + record + " " + reason);
        }

        @Override
        public void flush() {
            flushes.incrementAndGet();
        }

        @Override
        public void close() {
        }
    }

    private static final class CountingMetrics implements IndexMetrics {
        final AtomicInteger indexed = new AtomicInteger();
        final AtomicInteger retried = new AtomicInteger();
        final AtomicInteger rejected = new AtomicInteger();
        final List<Long> latencies = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void indexed(int documents) {
            indexed.addAndGet(documents);
        }

        @Override
        public void retried(int documents) {
            retried.addAndGet(documents);
        }

        @Override
        public void rejected(int documents) {
            rejected.addAndGet(documents);
        }

        @Override
        public void bulkLatency(long millis) {
            latencies.add(millis);
        }
    }
}
