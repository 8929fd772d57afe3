package vn.gov.moh.soc.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestOptions;
import org.apache.flink.configuration.StateRecoveryOptions;
import org.apache.flink.configuration.TaskManagerOptions;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
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
