package vn.gov.moh.soc.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestOptions;
import org.apache.flink.configuration.StateRecoveryOptions;
import org.apache.flink.configuration.TaskManagerOptions;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import vn.gov.moh.soc.core.asset.Asset;
import vn.gov.moh.soc.core.asset.AssetInventoryFile;
import vn.gov.moh.soc.core.index.IndexTemplates;
import vn.gov.moh.soc.core.index.TemplateDefinition;
import vn.gov.moh.soc.core.naming.Topic;
import vn.gov.moh.soc.jobs.config.ConfigException;
import vn.gov.moh.soc.jobs.config.JobConfig;
import vn.gov.moh.soc.jobs.enrich.AssetInventoryPublisher;
import vn.gov.moh.soc.jobs.rules.RuleFiles;

/**
 * The correlation job in a local MiniCluster, as {@code ./soc up} runs it: the Flink web UI on
 * 127.0.0.1 ({@code web.port}), and on start the job resumes from the newest checkpoint under
 * {@code checkpoint.dir} when there is one (a local file folder), so a restart of the stack
 * neither loses nor repeats output.
 *
 * <p>Before the job starts it waits for Kafka's topics and, when indexing, for soc-core's index
 * templates of the namespace (documents indexed before them would get dynamic mappings), and
 * publishes the asset inventory given by {@code --assets.inventory=demo|FILE} (an option of this
 * launcher only, not a job setting) to the assets topic.
 */
public final class LocalCorrelationJob {
    private LocalCorrelationJob() {
    }

    /** The launcher's own option: which inventory to publish before the job starts. */
    static final String INVENTORY_OPTION = "--assets.inventory=";

    public static void main(String[] args) throws Exception {
        JobConfig config;
        String inventory = null;
        List<String> jobArgs = new ArrayList<>();
        for (String a : args) {
            if (a.startsWith(INVENTORY_OPTION)) {
                inventory = a.substring(INVENTORY_OPTION.length()).strip();
            } else {
                jobArgs.add(a);
            }
        }
        List<Asset> assets;
        try {
            config = JobConfig.fromArgs(jobArgs.toArray(String[]::new));
            assets = inventory == null ? null : inventory(inventory);
        } catch (ConfigException | IllegalArgumentException | IOException e) {
            System.err.println("correlation-jobs: " + e.getMessage());
            System.exit(2);
            return;
        }
        awaitTopics(config, Duration.ofMinutes(5));
        if (config.indexing()) {
            awaitIndexTemplates(config, Duration.ofMinutes(5));
        }
        if (assets != null) {
            Properties client = new Properties();
            client.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers());
            var r = AssetInventoryPublisher.publish(assets, client, config.assetsTopic());
            System.out.println("correlation-jobs: inventory " + inventory + " (" + assets.size() + " assets) published to "
                    + config.assetsTopic() + ": " + r.written() + " written, " + r.unchanged() + " unchanged, "
                    + r.deleted() + " deleted");
        }
        Configuration flink = localFlinkConfiguration(config);
        Optional<Path> resume = latestCheckpoint(config.checkpointDir());
        resume.ifPresent(p -> flink.set(StateRecoveryOptions.SAVEPOINT_PATH, p.toUri().toString()));
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironmentWithWebUI(flink);
        CorrelationJob.build(env, config, RuleFiles.read(config.ruleDirs()));
        System.out.println("correlation-jobs: Flink web UI at http://127.0.0.1:" + config.webPort()
                + resume.map(p -> "; resuming from " + p).orElse("; no checkpoint to resume from"));
        env.execute(CorrelationJob.name(config));
    }

    /**
     * The job's Flink settings for a MiniCluster on this machine: the web UI on 127.0.0.1 at
     * {@code web.port}, and a slot for each parallel subtask.
     */
    public static Configuration localFlinkConfiguration(JobConfig config) {
        Configuration flink = CorrelationJob.flinkConfiguration(config);
        flink.set(RestOptions.BIND_ADDRESS, "127.0.0.1");
        flink.set(RestOptions.ADDRESS, "127.0.0.1");
        flink.set(RestOptions.PORT, config.webPort());
        flink.set(TaskManagerOptions.NUM_TASK_SLOTS, Math.max(2, config.parallelism()));
        return flink;
    }

    /**
     * {@code demo} (soc-core's demo inventory), {@code none} (no assets of its own: another publisher,
     * the portal, owns the inventory, and what an earlier inventory wrote is removed) or the path of a
     * YAML inventory file, checked now.
     */
    static List<Asset> inventory(String value) throws IOException {
        if (value.equals("demo")) {
            return AssetInventoryFile.demo();
        }
        if (value.equals("none")) {
            return List.of();
        }
        Path file = Path.of(value);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("assets.inventory: " + file.toAbsolutePath()
                    + " is not a file (give 'demo', 'none' or the path of a YAML inventory)");
        }
        return AssetInventoryFile.load(file);
    }

    /**
     * Waits until Elasticsearch answers on the first host with every index template of the namespace,
     * which the stack installs once the server is healthy.
     */
    static void awaitIndexTemplates(JobConfig config, Duration timeout) throws InterruptedException {
        String base = config.elasticsearch().hosts().get(0).toString().replaceAll("/+$", "");
        List<TemplateDefinition> templates = IndexTemplates.forNamespace(config.namespace());
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<String> missing = new ArrayList<>();
            for (TemplateDefinition t : templates) {
                try {
                    HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(base + "/" + t.apiPath()))
                            .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.discarding());
                    if (r.statusCode() != 200) {
                        missing.add(t.name());
                    }
                } catch (IOException e) {
                    missing.add(t.name() + " (" + e.getClass().getSimpleName() + ")");
                }
            }
            if (missing.isEmpty()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("index templates " + missing + " not found on " + base + " within "
                        + timeout.toSeconds() + " s");
            }
            System.out.println("correlation-jobs: waiting for index templates " + missing + " on " + base);
            Thread.sleep(2_000);
        }
    }

    /**
     * Waits until the broker is reachable and has the job's input topics: started together with
     * the local Kafka, the job would otherwise subscribe to topics that do not exist yet.
     */
    static void awaitTopics(JobConfig config, Duration timeout) throws InterruptedException {
        Set<String> needed = Set.of(config.namespace().topic(Topic.RAW), config.namespace().topic(Topic.RULES),
                config.assetsTopic());
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers());
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Admin admin = Admin.create(props)) {
            while (true) {
                try {
                    if (admin.listTopics().names().get(10, TimeUnit.SECONDS).containsAll(needed)) {
                        return;
                    }
                } catch (ExecutionException | TimeoutException e) {
                    // not reachable yet
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("topics " + needed + " not found on " + config.bootstrapServers()
                            + " within " + timeout.toSeconds() + " s");
                }
                System.out.println("correlation-jobs: waiting for " + needed + " on " + config.bootstrapServers());
                Thread.sleep(2_000);
            }
        }
    }

    /** The newest completed checkpoint ({@code chk-N} with its {@code _metadata}) under a {@code file:} folder. */
    public static Optional<Path> latestCheckpoint(String checkpointDir) {
        URI uri = URI.create(checkpointDir);
        if (!"file".equals(uri.getScheme())) {
            return Optional.empty();
        }
        Path root = Path.of(uri);
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.walk(root, 3)) {
            return files.filter(p -> p.getFileName().toString().equals("_metadata"))
                    .map(Path::getParent)
                    .filter(p -> p.getFileName().toString().matches("chk-\\d+"))
                    .max(Comparator.<Path>comparingLong(p -> lastModified(p))
                            .thenComparingLong(p -> Long.parseLong(p.getFileName().toString().substring(4))));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot look for checkpoints under " + root, e);
        }
    }

    private static long lastModified(Path p) {
        try {
            return Files.getLastModifiedTime(p.resolve("_metadata")).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }
}
