package vn.gov.moh.soc.stack.part;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import vn.gov.moh.soc.core.naming.Topic;
import vn.gov.moh.soc.stack.StackException;
import vn.gov.moh.soc.stack.config.Setting;
import vn.gov.moh.soc.stack.config.StackConfig;

/**
 * The correlation job (correlation-jobs) in a local Flink MiniCluster, its web UI on 127.0.0.1.
 * It waits for Kafka's topics and Elasticsearch's index templates, publishes the asset inventory
 * ({@code assets.inventory}: by default none of its own, the portal publishing the systems; the
 * demo or a YAML file otherwise) to {@code soc.assets}, then reads {@code soc.raw}, {@code soc.rules}
 * and {@code soc.assets} and writes {@code soc.events}, {@code soc.alerts} and {@code soc.dlq} and
 * the events and alerts indices; its checkpoints stay in the state folder, and a later {@code up}
 * resumes from the newest one. Healthy when the job runs.
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
        inventory();
    }

    /**
     * The job's {@code --assets.inventory}: {@code none} when the portal owns the inventory (the job
     * then removes what an earlier inventory of its own wrote, so the demo's assets do not stay as
     * duplicates of the portal's systems), {@code demo}, or the inventory file as an absolute path
     * (the job runs in the part's folder).
     */
    String inventory() {
        String value = config.get(Setting.ASSETS_INVENTORY);
        if (value.equals("portal")) {
            return "none";
        }
        if (value.equals("demo")) {
            return value;
        }
        Path file = config.path(Setting.ASSETS_INVENTORY);
        if (!Files.isRegularFile(file)) {
            throw new StackException("setting " + Setting.ASSETS_INVENTORY.key() + ": " + file
                    + " is not a file; give 'portal', 'demo' or the path of a YAML asset inventory");
        }
        return file.toString();
    }

    @Override
    protected List<String> command() {
        String heap = config.get(Setting.JOBS_HEAP);
        return List.of(javaExecutable(), "-Xms" + heap, "-Xmx" + heap, "-cp", distributions.jobsClasspath(),
                "vn.gov.moh.soc.jobs.LocalCorrelationJob",
                "--kafka.bootstrap.servers=127.0.0.1:" + config.port(Setting.KAFKA_PORT),
                "--namespace=" + config.namespace().prefix(),
                "--elasticsearch.hosts=http://127.0.0.1:" + config.port(Setting.ELASTICSEARCH_PORT),
                "--assets.topic=" + config.namespace().topic(Topic.ASSETS),
                "--assets.inventory=" + inventory(),
                "--web.port=" + config.port(Setting.JOBS_WEB_PORT),
                "--checkpoint.dir=" + dir.resolve("checkpoints").toUri(),
                "--parallelism=2");
    }
}
