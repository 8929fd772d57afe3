package vn.gov.moh.soc.jobs.index;

import java.io.IOException;
import org.apache.flink.api.common.operators.ProcessingTimeService;
import org.apache.flink.api.connector.sink2.SinkWriter;

/**
 * The writer of one parallel instance: maps each record to its document and hands it to the
 * {@link BulkIndexer}; a processing-time timer sends a buffer that has waited the flush interval;
 * {@link #flush} (before each checkpoint and at the end of input) returns once everything is
 * acknowledged or dead-lettered.
 */
final class ElasticsearchSinkWriter<T> implements SinkWriter<T> {
    private final DocumentMapper<T> mapper;
    private final BulkIndexer indexer;
    private final DeadLetterHandler deadLetters;
    private final IndexMetrics metrics;
    private final ProcessingTimeService time;
    private final long intervalMillis;
    private volatile boolean closed;

    ElasticsearchSinkWriter(DocumentMapper<T> mapper, BulkIndexer indexer, DeadLetterHandler deadLetters,
            IndexMetrics metrics, ProcessingTimeService time, long intervalMillis) {
        this.mapper = mapper;
        this.indexer = indexer;
        this.deadLetters = deadLetters;
        this.metrics = metrics;
        this.time = time;
        this.intervalMillis = intervalMillis;
        scheduleTimer();
    }

    private void scheduleTimer() {
        time.registerTimer(time.getCurrentProcessingTime() + intervalMillis, now -> {
            if (!closed) {
                indexer.sendIfDue();
                scheduleTimer();
            }
        });
    }

    @Override
    public void write(T element, Context context) throws IOException, InterruptedException {
        IndexDocument doc;
        try {
            doc = mapper.toDocument(element);
        } catch (IllegalArgumentException e) {
            deadLetters.reject(null, null, String.valueOf(element), "no document could be made: " + e.getMessage());
            metrics.rejected(1);
            return;
        }
        indexer.add(doc);
    }

    @Override
    public void flush(boolean endOfInput) throws IOException, InterruptedException {
        indexer.flush();
    }

    @Override
    public void close() throws IOException {
        closed = true;
        indexer.close();
    }
}
