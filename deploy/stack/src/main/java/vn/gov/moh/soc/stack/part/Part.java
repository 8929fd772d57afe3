package vn.gov.moh.soc.stack.part;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.gov.moh.soc.stack.config.StackConfig;
import vn.gov.moh.soc.stack.process.ManagedProcess;

/**
 * One server of the stack. Its folder is {@code <state>/<name>}, its log
 * {@code <state>/logs/<name>.log}, its pid file {@code <state>/pids/<name>.pid}.
 */
public abstract class Part {
    protected final StackConfig config;
    protected final Distributions distributions;
    protected final Path dir;

    protected Part(StackConfig config, Distributions distributions) {
        this.config = config;
        this.distributions = distributions;
        this.dir = config.stateDir().resolve(name());
    }

    /** The part's name as the user types it: {@code ./soc logs kafka}. */
    public abstract String name();

    /**
     * Whether {@code ./soc up} without part names starts it; a part that only some uses need
     * (PostgreSQL) is started when named or when a test asks for it.
     */
    public boolean startsByDefault() {
        return true;
    }

    /**
     * The parts that must be healthy before this one starts: {@code up} starts it after them when
     * they start together, and refuses to start it alone when they are not running.
     */
    public List<String> dependsOn() {
        return List.of();
    }

    /** Every port the part listens on, by what it is for, in a stable order. */
    public abstract Map<String, Integer> ports();

    /** The address a client uses, shown in the status table. */
    public abstract String address();

    /** Values a client needs to connect, written to the endpoints file. */
    public abstract Map<String, String> endpoints();

    /** True if the server answers as it should; must return quickly. */
    public abstract boolean healthy();

    /** Unpacks and configures the part's folder; safe to call again on a prepared folder. */
    protected abstract void prepare();

    protected abstract List<String> command();

    protected Map<String, String> environment() {
        return new LinkedHashMap<>();
    }

    /** Runs once the part is healthy: creates what the platform needs in it. */
    public void install() {
    }

    public final ManagedProcess process() {
        return new ManagedProcess(name(), config.stateDir().resolve("pids").resolve(name() + ".pid"));
    }

    public final Path logFile() {
        return config.stateDir().resolve("logs").resolve(name() + ".log");
    }

    /** Prepares the folder and starts the server in the background. */
    public final long start() {
        try {
            Files.createDirectories(dir);
            Files.createDirectories(logFile().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        prepare();
        return process().start(command(), environment(), dir, logFile());
    }

    /** The java executable of the JVM running the launcher (Java 17 or later). */
    protected static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    protected static void write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
