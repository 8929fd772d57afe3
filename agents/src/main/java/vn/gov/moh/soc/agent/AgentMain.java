package vn.gov.moh.soc.agent;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import vn.gov.moh.soc.agent.config.AgentConfig;
import vn.gov.moh.soc.agent.config.ConfigException;
import vn.gov.moh.soc.agent.spool.SpoolException;

/**
 * The {@code soc-agent} command.
 * <pre>
 * soc-agent [--config FILE]                 run (default config: /etc/soc-agent/soc-agent.yml)
 * soc-agent --check-config [--config FILE]  validate the configuration and exit
 * soc-agent generate [options]              write generated hospital telemetry (see generate --help)
 * soc-agent --version | --help
 * </pre>
 * Exit codes: 0 done, 1 failed while running, 2 bad command line or configuration.
 */
public final class AgentMain {
    static final String DEFAULT_CONFIG = "/etc/soc-agent/soc-agent.yml";

    private AgentMain() {
    }

    public static void main(String[] args) {
        AgentLogManager.install();
        int code = run(args, System.out, System.err);
        if (code != 0 || args.length == 0 || !isRun(args)) {
            System.exit(code);
        }
    }

    private static boolean isRun(String[] args) {
        return !Arrays.asList(args).contains("--check-config") && !(args.length > 0 && args[0].equals("generate"));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length > 0 && args[0].equals("generate")) {
            return new vn.gov.moh.soc.agent.generate.GenerateCommand().run(Arrays.copyOfRange(args, 1, args.length), out, err);
        }
        Path config = Path.of(System.getenv().getOrDefault("SOC_AGENT_CONFIG", DEFAULT_CONFIG));
        boolean check = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--config", "-c" -> {
                    if (i + 1 >= args.length) {
                        err.println("soc-agent: --config needs a file");
                        return 2;
                    }
                    config = Path.of(args[++i]);
                }
                case "--check-config" -> check = true;
                case "--version" -> {
                    out.println("soc-agent " + Agent.VERSION);
                    return 0;
                }
                case "--help", "-h" -> {
                    out.println(usage());
                    return 0;
                }
                default -> {
                    err.println("soc-agent: unknown option '" + args[i] + "'\n" + usage());
                    return 2;
                }
            }
        }
        if (!Files.isReadable(config)) {
            err.println("soc-agent: configuration file " + config + " does not exist or cannot be read");
            return 2;
        }
        AgentConfig cfg;
        try {
            cfg = AgentConfig.load(config);
        } catch (ConfigException e) {
            err.println("soc-agent: " + e.getMessage());
            return 2;
        }
        if (check) {
            out.println("soc-agent: " + config + " is valid: agent " + cfg.agent().id() + " of unit " + cfg.agent().unit()
                    + ", " + cfg.inputs().size() + " input(s), sending to " + cfg.kafka().bootstrapServers());
            return 0;
        }
        Agent agent;
        try {
            agent = new Agent(cfg);
            agent.start();
        } catch (SpoolException | java.io.IOException | java.io.UncheckedIOException e) {
            err.println("soc-agent: cannot start: " + e.getMessage());
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        stopOnSignals(() -> {
            agent.close();
            stopped.countDown();
            System.exit(0);
        });
        // Other ways the JVM may end (System.exit elsewhere, a signal not handled above).
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            agent.close();
            stopped.countDown();
            AgentLogManager.closeHandlers();
        }, "soc-agent-shutdown"));
        boolean onlyStdin = cfg.inputs().stream().allMatch(in -> in instanceof AgentConfig.StdinInput);
        try {
            if (onlyStdin) {
                agent.awaitDrained();
                agent.close();
                return 0;
            }
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    /**
     * SIGTERM and SIGINT stop the agent before the JVM starts to shut down, then exit with 0: in
     * a shutdown the JDK closes the log handlers at a moment of its own, and the lines telling
     * how the stop went were lost.
     */
    private static void stopOnSignals(Runnable stop) {
        for (String name : new String[] {"TERM", "INT"}) {
            try {
                sun.misc.Signal.handle(new sun.misc.Signal(name), signal -> stop.run());
            } catch (IllegalArgumentException e) {
                // This platform has no such signal: the shutdown hook stops the agent.
            }
        }
    }

    static String usage() {
        return """
                usage: soc-agent [--config FILE]                 ship logs to Kafka (default config %s,
                                                                 or $SOC_AGENT_CONFIG)
                       soc-agent --check-config [--config FILE]  validate the configuration and exit
                       soc-agent generate --help                 generate hospital telemetry
                       soc-agent --version""".formatted(DEFAULT_CONFIG);
    }
}
