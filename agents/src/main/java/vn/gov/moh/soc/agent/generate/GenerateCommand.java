package vn.gov.moh.soc.agent.generate;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code soc-agent generate}: parses the options ({@link GenerateOptions}), runs a
 * {@link TelemetryGenerator} into files or standard output, in real time or as fast as possible,
 * and reports each scenario on standard error when it starts. A run without a limit lasts until
 * the process is stopped; the lines written so far are flushed on the way out.
 */
public final class GenerateCommand {
    private final Clock clock;

    public GenerateCommand() {
        this(Clock.systemUTC());
    }

    /** @param clock gives the start time when {@code --start} is not given */
    public GenerateCommand(Clock clock) {
        this.clock = clock;
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false,
                StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true,
                StandardCharsets.UTF_8);
        int code = new GenerateCommand().run(args, out, err);
        out.flush();
        if (code != 0) {
            // Only on failure: after a stop signal the JVM is already shutting down, and exit would block.
            System.exit(code);
        }
    }

    /**
     * Runs the command.
     *
     * @return 0 when done, 1 when the output cannot be written, 2 for bad options
     */
    public int run(String[] args, PrintStream out, PrintStream err) {
        GenerateOptions options;
        try {
            options = GenerateOptions.parse(args);
        } catch (UsageException e) {
            err.println("soc-agent generate: " + e.getMessage());
            err.println("Try 'soc-agent generate --help'.");
            return 2;
        }
        if (options.help()) {
            out.print(GenerateOptions.usage());
            out.flush();
            return 0;
        }
        List<HospitalUnit> units = options.units().stream().map(UnitCatalog::unit).toList();
        Instant start = options.start() != null ? options.start() : clock.instant();
        TelemetryGenerator generator = new TelemetryGenerator(new TelemetryGenerator.Settings(units, options.rate(),
                options.seed(), start, options.scenarios()));
        GenerationLimits limits = limits(options);
        boolean unbounded = options.count() == 0 && options.sizeBytes() == 0 && options.durationSeconds() == 0;
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch finished = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            stop.set(true);
            try {
                finished.await(3, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "soc-agent-generate-shutdown");
        if (unbounded) {
            Runtime.getRuntime().addShutdownHook(hook);
        }
        try (LineOutput output = options.outDir() != null ? LineOutput.directory(options.outDir(), units)
                : LineOutput.stream(out)) {
            Pacer pacer = new Pacer(output, !options.fast(),
                    start.getEpochSecond() * 1_000_000_000L + start.getNano());
            generator.run(pacer, new GenerationLimits(limits.maxLines(), limits.maxBytes(), limits.maxDuration(), stop::get),
                    report -> err.println(report.toJson()));
            return 0;
        } catch (InterruptedIOException e) {
            return 0;
        } catch (IOException e) {
            err.println("soc-agent generate: cannot write: " + e.getMessage());
            return 1;
        } finally {
            finished.countDown();
            if (unbounded && !stop.get()) {
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException shuttingDown) {
                    // The hook is running: the JVM is on its way out anyway.
                }
            }
            err.flush();
        }
    }

    private static GenerationLimits limits(GenerateOptions o) {
        Duration duration = o.durationSeconds() == 0 ? Duration.ZERO
                : Duration.ofNanos((long) Math.min(o.durationSeconds() * 1e9, Long.MAX_VALUE / 2.0));
        return new GenerationLimits(o.count(), o.sizeBytes(), duration, () -> false);
    }
}
