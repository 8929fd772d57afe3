package vn.gov.moh.soc.jobs.index;

import java.io.IOException;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;

/**
 * Flink sink that indexes records into Elasticsearch, at least once: a checkpoint completes only
 * when every document written before it is acknowledged (or dead-lettered), and since document
 * ids come from the records, what a restart replays is written again under the same id instead
 * of duplicating ({@link IndexDocument.Operation}: overwritten, or for {@code create} kept as stored).
 *
 * <pre>{@code
 * alerts.sinkTo(new ElasticsearchSink<>(config, alert -> new IndexDocument(ns.alertsIndex(), alert.id(), json(alert)),
 *         KafkaDeadLetters.factory(bootstrap, ns, Map.of())));
 * }</pre>
 */
public final class ElasticsearchSink<T> implements Sink<T> {
    private static final long serialVersionUID = 1L;

    private final ElasticsearchSinkConfig config;
    private final DocumentMapper<T> mapper;
    private final DeadLetterHandler.Factory deadLetters;

    public ElasticsearchSink(ElasticsearchSinkConfig config, DocumentMapper<T> mapper,
            DeadLetterHandler.Factory deadLetters) {
        this.config = Objects.requireNonNull(config, "config");
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.deadLetters = Objects.requireNonNull(deadLetters, "deadLetters");
    }

    @Override
    public SinkWriter<T> createWriter(WriterInitContext context) throws IOException {
        IndexMetrics metrics = new FlinkIndexMetrics(context.metricGroup());
        DeadLetterHandler handler = deadLetters.create();
        BulkTransport transport;
        try {
            transport = new ElasticsearchBulkTransport(config);
        } catch (IOException | RuntimeException e) {
            handler.close();
            throw e;
        }
        ScheduledExecutorService retryTimer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "es-sink-retry-" + context.getTaskInfo().getIndexOfThisSubtask());
            t.setDaemon(true);
            return t;
        });
        BulkIndexer indexer = new BulkIndexer(config, transport, handler, metrics, retryTimer);
        return new ElasticsearchSinkWriter<>(mapper, indexer, handler, metrics, context.getProcessingTimeService(),
                config.flushInterval().toMillis());
    }
}
