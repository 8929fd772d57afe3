package vn.gov.moh.soc.stack.part;

import java.util.List;
import java.util.Map;
import vn.gov.moh.soc.stack.config.Setting;
import vn.gov.moh.soc.stack.config.StackConfig;

/**
 * The correlation job (correlation-jobs) in a local Flink MiniCluster, its web UI on 127.0.0.1.
 * It waits for Kafka's topics, then reads {@code soc.raw} and {@code soc.rules} and writes
 * {@code soc.events}, {@code soc.alerts} and {@code soc.dlq}; its checkpoints stay in the state
 * folder, and a later {@code up} resumes from the newest one. Healthy when the job runs.
 */
public final class JobsPart extends Part {
    public JobsPart(StackConfig config, Distributions distributions) {
        super(config, distributions);
    }

    @Override
    public String name() {
        return "jobs";
    }

    @Override
    public Map<String, Integer> ports() {
        return Map.of("web", config.port(Setting.JOBS_WEB_PORT));
    }

    @Override
    public String address() {
        return "http://127.0.0.1:" + config.port(Setting.JOBS_WEB_PORT) + "/";
    }

    @Override
    public Map<String, String> endpoints() {
        return Map.of("jobs.web.url", address());
    }

    @Override
    public boolean healthy() {
        Http.Response jobs = Http.get(address() + "jobs/overview");
        return jobs.ok() && jobs.body().contains("\"state\":\"RUNNING\"");
    }

    @Override
    protected void prepare() {
    }

    @Override
    protected List<String> command() {
        String heap = config.get(Setting.JOBS_HEAP);
        return List.of(javaExecutable(), "-Xms" + heap, "-Xmx" + heap, "-cp", distributions.jobsClasspath(),
                "vn.gov.moh.soc.jobs.LocalCorrelationJob",
                "--kafka.bootstrap.servers=127.0.0.1:" + config.port(Setting.KAFKA_PORT),
                "--namespace=" + config.namespace().prefix(),
                "--web.port=" + config.port(Setting.JOBS_WEB_PORT),
                "--checkpoint.dir=" + dir.resolve("checkpoints").toUri(),
                "--parallelism=2");
    }
}
