package vn.gov.moh.soc.bench.job;

import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import vn.gov.moh.soc.jobs.CorrelationJob;
import vn.gov.moh.soc.jobs.LocalCorrelationJob;
import vn.gov.moh.soc.jobs.config.JobConfig;
import vn.gov.moh.soc.jobs.kafka.KafkaTopics;
import vn.gov.moh.soc.jobs.normalize.NormalizeFunction;
import vn.gov.moh.soc.jobs.record.EventRecord;
import vn.gov.moh.soc.jobs.record.RawRecord;
import vn.gov.moh.soc.jobs.time.PerSourceWatermarks;

/**
 * The floor under the correlation job on this machine: the job's own Kafka source and
 * exactly-once sinks, its Flink settings and MiniCluster, with less of the job between them.
 * Whatever the detection costs comes on top of what this job does, so its events/s bound what the
 * correlation job can reach here.
 *
 * <ul>
 * <li>{@code --floor=io}: every raw record written unchanged to {@code soc.events} (the contract
 * asks every event there): reading, the hop through Flink, producing, transactions;</li>
 * <li>{@code --floor=normalize}: also normalize and the per-source event time, as the job
 * does them, dead letters to {@code soc.dlq}; no rule.</li>
 * </ul>
 *
 * <p>The other arguments are the job's settings ({@link JobConfig}); {@code JobProgress} watches it
 * as it watches the job. Run by {@code bench/job-throughput.sh --runs f,fn}, with the class path of
 * the job and this module's classes.
 */
public final class FloorJob {
    static final String FLOOR_OPTION = "--floor=";

    private FloorJob() {
    }

    public static void main(String[] args) throws Exception {
        String floor = null;
        List<String> jobArgs = new ArrayList<>();
        for (String a : args) {
            if (a.startsWith(FLOOR_OPTION)) {
                floor = a.substring(FLOOR_OPTION.length());
            } else {
                jobArgs.add(a);
            }
        }
        if (!"io".equals(floor) && !"normalize".equals(floor)) {
            System.err.println("FloorJob: --floor=io or --floor=normalize is required, not " + floor);
            System.exit(2);
        }
        JobConfig config = JobConfig.fromArgs(jobArgs.toArray(String[]::new));
        StreamExecutionEnvironment env = StreamExecutionEnvironment
                .createLocalEnvironment(LocalCorrelationJob.localFlinkConfiguration(config));
        KafkaTopics kafka = new KafkaTopics(config);
        DataStream<RawRecord> raw = env.fromSource(kafka.raw(), WatermarkStrategy.noWatermarks(), "soc.raw")
                .uid("source-raw");
        if (floor.equals("io")) {
            raw.map(new Unchanged()).name("unchanged").uid("unchanged")
                    .sinkTo(kafka.events()).name("soc.events").uid("sink-events");
        } else {
            SingleOutputStreamOperator<EventRecord> normalized = raw
                    .process(new NormalizeFunction(config.syslogZone())).name("normalize").uid("normalize");
            normalized.assignTimestampsAndWatermarks(PerSourceWatermarks.strategy(config.outOfOrderness(),
                            config.idleness(), config.quietFlush()))
                    .name("event time").uid("event-time")
                    .sinkTo(kafka.events()).name("soc.events").uid("sink-events");
            normalized.getSideOutput(NormalizeFunction.DEAD_LETTERS).sinkTo(kafka.deadLetters())
                    .name("soc.dlq").uid("sink-dlq");
        }
        env.execute(CorrelationJob.name(config) + " floor " + floor);
    }

    /** A raw record as an event record holding its bytes: the sink writes them as they came. */
    static final class Unchanged implements MapFunction<RawRecord, EventRecord> {
        private static final long serialVersionUID = 1L;

        @Override
        public EventRecord map(RawRecord r) {
            return new EventRecord(r.position(), r.kafkaTime, null, r.value);
        }
    }
}
