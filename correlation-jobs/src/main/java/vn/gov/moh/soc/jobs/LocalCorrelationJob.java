package vn.gov.moh.soc.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
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
import vn.gov.moh.soc.core.naming.Topic;
import vn.gov.moh.soc.jobs.config.ConfigException;
import vn.gov.moh.soc.jobs.config.JobConfig;
import vn.gov.moh.soc.jobs.rules.RuleFiles;

/**
 * The correlation job in a local MiniCluster, as {@code ./soc up} runs it: the Flink web UI on
 * 127.0.0.1 ({@code web.port}), and on start the job resumes from the newest checkpoint under
 * {@code checkpoint.dir} when there is one (a local file folder), so a restart of the stack
 * neither loses nor repeats output.
 */
public final class LocalCorrelationJob {
    private LocalCorrelationJob() {
    }

    public static void main(String[] args) throws Exception {
        JobConfig config;
        try {
            config = JobConfig.fromArgs(args);
        } catch (ConfigException e) {
            System.err.println("correlation-jobs: " + e.getMessage());
            System.exit(2);
            return;
        }
        awaitTopics(config, Duration.ofMinutes(5));
        Configuration flink = CorrelationJob.flinkConfiguration(config);
        flink.set(RestOptions.BIND_ADDRESS, "127.0.0.1");
        flink.set(RestOptions.ADDRESS, "127.0.0.1");
        flink.set(RestOptions.PORT, config.webPort());
        flink.set(TaskManagerOptions.NUM_TASK_SLOTS, Math.max(2, config.parallelism()));
        Optional<Path> resume = latestCheckpoint(config.checkpointDir());
        resume.ifPresent(p -> flink.set(StateRecoveryOptions.SAVEPOINT_PATH, p.toUri().toString()));
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironmentWithWebUI(flink);
        CorrelationJob.build(env, config, RuleFiles.read(config.ruleDirs()));
        System.out.println("correlation-jobs: Flink web UI at http://127.0.0.1:" + config.webPort()
                + resume.map(p -> "; resuming from " + p).orElse("; no checkpoint to resume from"));
        env.execute(CorrelationJob.name(config));
    }

    /**
     * Waits until the broker is reachable and has the job's input topics: started together with
     * the local Kafka, the job would otherwise subscribe to topics that do not exist yet.
     */
    static void awaitTopics(JobConfig config, Duration timeout) throws InterruptedException {
        Set<String> needed = Set.of(config.namespace().topic(Topic.RAW), config.namespace().topic(Topic.RULES));
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
