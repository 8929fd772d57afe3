package vn.gov.moh.soc.jobs;

import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.eventtime.WatermarkGenerator;
import org.apache.flink.api.common.eventtime.WatermarkOutput;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.java.functions.KeySelector;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.ExternalizedCheckpointRetention;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.configuration.StateBackendOptions;
import org.apache.flink.core.execution.CheckpointingMode;
import org.apache.flink.streaming.api.datastream.BroadcastStream;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.gov.moh.soc.core.naming.Namespace;
import vn.gov.moh.soc.jobs.config.JobConfig;
import vn.gov.moh.soc.jobs.detect.CorrelateFunction;
import vn.gov.moh.soc.jobs.detect.MatchFunction;
import vn.gov.moh.soc.jobs.enrich.AlertAssetEnricher;
import vn.gov.moh.soc.jobs.enrich.AssetChange;
import vn.gov.moh.soc.jobs.enrich.AssetEnrichmentFunction;
import vn.gov.moh.soc.jobs.enrich.AssetSource;
import vn.gov.moh.soc.jobs.index.ElasticsearchSink;
import vn.gov.moh.soc.jobs.index.KafkaDeadLetters;
import vn.gov.moh.soc.jobs.index.RecordDocumentMappers;
import vn.gov.moh.soc.jobs.kafka.KafkaTopics;
import vn.gov.moh.soc.jobs.normalize.NormalizeFunction;
import vn.gov.moh.soc.jobs.record.AlertRecord;
import vn.gov.moh.soc.jobs.record.CorrelationHit;
import vn.gov.moh.soc.jobs.record.DeadLetter;
import vn.gov.moh.soc.jobs.record.EventRecord;
import vn.gov.moh.soc.jobs.record.RawRecord;
import vn.gov.moh.soc.jobs.record.RuleChange;
import vn.gov.moh.soc.jobs.rules.RuleBroadcast;
import vn.gov.moh.soc.jobs.rules.RuleFiles;
import vn.gov.moh.soc.jobs.rules.RuleText;
import vn.gov.moh.soc.jobs.time.PerSourceWatermarks;

/**
 * The correlation job: its wiring only, which reads like the data flow of the architecture.
 *
 * <pre>
 * soc.raw ─► normalize ─► event time ─┬─► soc.events, index soc-events-YYYY.MM.DD
 *               └─► dead letters ─────┼─► soc.dlq ◄── rejected rule changes, rejected documents
 *                                     └─► match ─► alerts ─┬─► enrich ─► soc.alerts, index soc-alerts
 *                                          └─► hits ─► correlate (depth 1..n) ─┘    ▲
 * soc.rules ─► broadcast to match and correlate         soc.assets ─► broadcast ───┘
 * </pre>
 *
 * Run it with {@code flink run correlation-jobs-*-job.jar [--key=value ...]}, or locally with
 * {@link LocalCorrelationJob} in a MiniCluster. Settings: {@link JobConfig}.
 */
public final class CorrelationJob {
    private static final Logger LOG = LoggerFactory.getLogger(CorrelationJob.class);

    private CorrelationJob() {
    }

    public static void main(String[] args) throws Exception {
        JobConfig config = JobConfig.fromArgs(args);
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(flinkConfiguration(config));
        build(env, config, RuleFiles.read(config.ruleDirs()));
        env.execute(name(config));
    }

    public static String name(JobConfig config) {
        return "soc-correlation" + (config.namespace().prefix().isEmpty() ? "" : " [" + config.namespace().prefix() + "]");
    }

    /** Checkpointing, state backend and serialization settings of the job. */
    public static Configuration flinkConfiguration(JobConfig config) {
        Configuration conf = new Configuration();
        conf.set(CheckpointingOptions.CHECKPOINTING_INTERVAL, config.checkpointInterval());
        conf.set(CheckpointingOptions.CHECKPOINTING_CONSISTENCY_MODE, CheckpointingMode.EXACTLY_ONCE);
        conf.set(CheckpointingOptions.CHECKPOINTS_DIRECTORY, config.checkpointDir());
        conf.set(CheckpointingOptions.EXTERNALIZED_CHECKPOINT_RETENTION,
                ExternalizedCheckpointRetention.RETAIN_ON_CANCELLATION);
        conf.set(StateBackendOptions.STATE_BACKEND, config.stateBackend());
        // Every record and state type must have a Flink serializer: a Kryo fallback fails the build of the job.
        conf.set(PipelineOptions.GENERIC_TYPES, false);
        // Chained operators hand records on without a copy: none of our functions changes a record it
        // was given or keeps one it emitted (records are made new at each stage).
        conf.set(PipelineOptions.OBJECT_REUSE, true);
        // Fixed key groups: the job can be rescaled (up to 128) from a checkpoint without losing keyed state.
        conf.set(PipelineOptions.MAX_PARALLELISM, 128);
        if (config.parallelism() > 0) {
            conf.set(org.apache.flink.configuration.CoreOptions.DEFAULT_PARALLELISM, config.parallelism());
        }
        return conf;
    }

    /** Adds the job's graph to the environment. */
    public static void build(StreamExecutionEnvironment env, JobConfig config, List<RuleText> rules) {
        config.describe().forEach(setting -> LOG.info("setting {}", setting));
        KafkaTopics kafka = new KafkaTopics(config);

        DataStream<RawRecord> raw = env.fromSource(kafka.raw(), WatermarkStrategy.noWatermarks(), "soc.raw")
                .uid("source-raw");
        // Normalize stays chained to the source: a host's records then reach one subtask, which the
        // per-source watermarks rely on (round robin here made every subtask track every host, and a
        // subtask a host's last records missed held event time back until the idleness timeout).
        SingleOutputStreamOperator<EventRecord> normalized = raw
                .process(new NormalizeFunction(config.syslogZone())).name("normalize").uid("normalize");
        DataStream<EventRecord> events = normalized
                .assignTimestampsAndWatermarks(PerSourceWatermarks.strategy(config.outOfOrderness(), config.idleness(),
                        config.quietFlush()))
                .name("event time").uid("event-time");

        BroadcastStream<RuleChange> ruleChanges = env
                .fromSource(kafka.rules(), rulesHoldNoTime(), "soc.rules").uid("source-rules").setParallelism(1)
                .broadcast(RuleBroadcast.OVERLAYS);

        SingleOutputStreamOperator<AlertRecord> matched = events.connect(ruleChanges)
                .process(new MatchFunction(rules, config.maxCorrelationDepth())).name("match").uid("match");
        DataStream<AlertRecord> alerts = matched;
        DataStream<CorrelationHit> hits = matched.getSideOutput(MatchFunction.HITS);
        for (int depth = 1; depth <= config.maxCorrelationDepth(); depth++) {
            SingleOutputStreamOperator<AlertRecord> correlated = hits.keyBy(new ByCorrelationAndGroup())
                    .connect(ruleChanges)
                    .process(new CorrelateFunction(depth, config.allowedLateness(), rules, config.maxCorrelationDepth()))
                    .name("correlate depth " + depth).uid("correlate-" + depth);
            alerts = alerts.union(correlated);
            hits = correlated.getSideOutput(CorrelateFunction.NEXT);
        }

        DataStream<DeadLetter> deadLetters = normalized.getSideOutput(NormalizeFunction.DEAD_LETTERS)
                .union(matched.getSideOutput(MatchFunction.DEAD_LETTERS));

        // Alerts only: they are few, and each is parsed once more here. Events would pay a JSON read
        // and write each for context an analyst needs on the alert, not on every log line.
        BroadcastStream<AssetChange> assets = AssetEnrichmentFunction.broadcast(env
                .fromSource(AssetSource.kafka(config.bootstrapServers(), config.assetsTopic(), config.groupId() + "-assets"),
                        WatermarkStrategy.noWatermarks(), "soc.assets")
                .uid("source-assets").setParallelism(1));
        DataStream<AlertRecord> enriched = alerts.connect(assets)
                .process(new AssetEnrichmentFunction<>(new AlertAssetEnricher())).name("enrich alerts").uid("enrich-alerts");

        events.sinkTo(kafka.events()).name("soc.events").uid("sink-events");
        enriched.sinkTo(kafka.alerts()).name("soc.alerts").uid("sink-alerts");
        deadLetters.sinkTo(kafka.deadLetters()).name("soc.dlq").uid("sink-dlq");

        if (config.indexing()) {
            // At least once, by id: a replay after a restart overwrites the events it wrote before and
            // leaves its alerts as stored (created once: analysts' triage fields survive).
            var rejected = KafkaDeadLetters.factory(config.bootstrapServers(), config.namespace(), Map.of());
            Namespace ns = config.namespace();
            events.sinkTo(new ElasticsearchSink<>(config.elasticsearch(), RecordDocumentMappers.events(ns), rejected))
                    .name("index events").uid("index-events");
            enriched.sinkTo(new ElasticsearchSink<>(config.elasticsearch(), RecordDocumentMappers.alerts(ns), rejected))
                    .name("index alerts").uid("index-alerts");
        }
    }

    /** Key of a hit: the correlation rule and the group values, as soc-core's Correlator makes it. */
    static final class ByCorrelationAndGroup implements KeySelector<CorrelationHit, String> {
        private static final long serialVersionUID = 1L;

        @Override
        public String getKey(CorrelationHit hit) {
            return hit.key;
        }
    }

    /**
     * Rule changes are not events: their input stays idle, so the functions it is connected to
     * follow the events' watermark alone. (A watermark at the end of time would not do: with the
     * events' input idle too, it would become the functions' watermark and expire everything.)
     * A change makes the input active until the next periodic emit, holding event time still for
     * at most one watermark interval.
     */
    private static WatermarkStrategy<RuleChange> rulesHoldNoTime() {
        return WatermarkStrategy.forGenerator(ctx -> new WatermarkGenerator<RuleChange>() {
            @Override
            public void onEvent(RuleChange change, long timestamp, WatermarkOutput output) {
            }

            @Override
            public void onPeriodicEmit(WatermarkOutput output) {
                output.markIdle();
            }
        });
    }
}
