package vn.gov.moh.soc.jobs.index;

import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.Histogram;
import org.apache.flink.metrics.ThreadSafeSimpleCounter;
import org.apache.flink.metrics.groups.SinkWriterMetricGroup;
import org.apache.flink.runtime.metrics.DescriptiveStatisticsHistogram;

/**
 * The sink's counters in the writer's metric group: {@code indexedDocuments}, {@code retriedDocuments},
 * {@code rejectedDocuments} and the histogram {@code bulkLatencyMillis} (last 1,000 requests), plus
 * Flink's standard {@code numRecordsSend} and {@code numRecordsOutErrors}. Updated from the
 * client's threads, so Flink's own (not thread-safe) counters are updated under a lock.
 */
final class FlinkIndexMetrics implements IndexMetrics {
    private final SinkWriterMetricGroup group;
    private final Counter indexed;
    private final Counter retried;
    private final Counter rejected;
    private final Histogram latency;

    FlinkIndexMetrics(SinkWriterMetricGroup group) {
        this.group = group;
        this.indexed = group.counter("indexedDocuments", new ThreadSafeSimpleCounter());
        this.retried = group.counter("retriedDocuments", new ThreadSafeSimpleCounter());
        this.rejected = group.counter("rejectedDocuments", new ThreadSafeSimpleCounter());
        this.latency = group.histogram("bulkLatencyMillis", new DescriptiveStatisticsHistogram(1000));
    }

    @Override
    public void indexed(int documents) {
        indexed.inc(documents);
        synchronized (this) {
            group.getNumRecordsSendCounter().inc(documents);
        }
    }

    @Override
    public void retried(int documents) {
        retried.inc(documents);
    }

    @Override
    public void rejected(int documents) {
        rejected.inc(documents);
        synchronized (this) {
            group.getNumRecordsOutErrorsCounter().inc(documents);
        }
    }

    @Override
    public synchronized void bulkLatency(long millis) {
        latency.update(millis);
    }
}
