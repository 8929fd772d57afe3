package vn.gov.moh.soc.stack;

import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.gov.moh.soc.stack.config.ConfigException;
import vn.gov.moh.soc.stack.config.Setting;
import vn.gov.moh.soc.stack.config.StackConfig;
import vn.gov.moh.soc.stack.part.DemoUser;
import vn.gov.moh.soc.stack.part.KeycloakPart;
import vn.gov.moh.soc.stack.part.Part;
import vn.gov.moh.soc.stack.part.PortalPart;

/**
 * The {@code ./soc} command: {@code up}, {@code status}, {@code down}, {@code logs PART},
 * {@code config}. Exit codes: 0 done, 1 failed, 2 wrong usage or settings, 3 (status) not
 * everything is running.
 */
public final class SocCommand {
    private final PrintStream out;
    private final PrintStream err;

    SocCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        System.exit(new SocCommand(System.out, System.err).run(args, System.getenv(), Path.of("")));
    }

    int run(String[] args, java.util.Map<String, String> env, Path baseDir) {
        List<String> words = new ArrayList<>(List.of(args));
        if (words.isEmpty() || words.contains("-h") || words.contains("--help") || words.get(0).equals("help")) {
            usage(out);
            return words.isEmpty() ? 2 : 0;
        }
        String command = words.remove(0);
        StackConfig config;
        try {
            String configFile = env.getOrDefault("SOC_CONFIG", "soc.conf");
            config = StackConfig.load(baseDir.resolve(configFile), env, baseDir);
        } catch (ConfigException e) {
            err.println("soc: wrong settings:\n" + e.getMessage());
            return 2;
        }
        try {
            return switch (command) {
                case "up" -> up(new Stack(config, msg -> out.println("  " + msg)), words);
                case "down" -> down(new Stack(config, msg -> { }));
                case "status" -> status(new Stack(config, msg -> { }));
                case "logs" -> logs(new Stack(config, msg -> { }), words);
                case "config" -> config(config);
                default -> {
                    err.println("soc: unknown command '" + command + "'");
                    usage(err);
                    yield 2;
                }
            };
        } catch (StackException | IllegalStateException e) {
            err.println("soc: " + e.getMessage());
            return 1;
        }
    }

    private int up(Stack stack, List<String> names) {
        List<String> wanted = names.isEmpty()
                ? stack.defaultParts().stream().map(Part::name).toList()
                : names;
        wanted.forEach(stack::part); // fail early on a wrong name
        long begin = System.nanoTime();
        List<Part> started = stack.up(wanted);
        if (started.isEmpty()) {
            out.println("The stack is already running (state in " + stack.config().stateDir() + ").");
        } else {
            out.printf("Started %s in %.0f s.%n", String.join(", ", started.stream().map(Part::name).toList()),
                    (System.nanoTime() - begin) / 1e9);
        }
        printTable(stack);
        printLogins(stack);
        return 0;
    }

    private int down(Stack stack) {
        List<String> stopped = stack.down();
        out.println(stopped.isEmpty() ? "Nothing was running." : "Stopped " + String.join(", ", stopped) + ".");
        return 0;
    }

    private int status(Stack stack) {
        boolean allHealthy = printTable(stack);
        return allHealthy ? 0 : 3;
    }

    /** Prints what runs where; returns true if every part runs and is healthy. */
    private boolean printTable(Stack stack) {
        boolean allHealthy = true;
        String format = "%-14s %-10s %-8s %-48s %s%n";
        out.printf(format, "PART", "STATE", "PID", "ADDRESS", "LOG");
        for (Part part : stack.parts()) {
            Optional<ProcessHandle> process = part.process().running();
            String state;
            if (process.isEmpty()) {
                state = "stopped";
                // A part started only on demand (postgres) may well be stopped.
                allHealthy &= !part.startsByDefault();
            } else if (part.healthy()) {
                state = "healthy";
            } else {
                state = "unhealthy";
                allHealthy = false;
            }
            out.printf(format, part.name(), state, process.map(p -> Long.toString(p.pid())).orElse("-"),
                    part.address(), part.logFile());
        }
        out.println("State folder: " + stack.config().stateDir());
        return allHealthy;
    }

    private void printLogins(Stack stack) {
        KeycloakPart keycloak = stack.part(KeycloakPart.class);
        if (keycloak.process().running().isEmpty()) {
            return;
        }
        out.println();
        out.println("Keycloak administrator (master realm): " + stack.config().get(Setting.KEYCLOAK_ADMIN_USER)
                + " / " + stack.config().get(Setting.KEYCLOAK_ADMIN_PASSWORD) + " at " + keycloak.url() + "/admin/");
        out.println("Demo users of realm " + KeycloakPart.REALM + " (password " + DemoUser.PASSWORD + "):");
        for (DemoUser user : DemoUser.values()) {
            out.printf("  %-18s %-24s unit %s%n", user.username(), user.role(), user.unit());
        }
        PortalPart portal = stack.part(PortalPart.class);
        if (portal.process().running().isPresent()) {
            out.println("Compliance portal: " + portal.url() + "/api (OpenAPI " + portal.url() + "/openapi, health "
                    + portal.url() + "/health); sign in as any demo user above, e.g. officer.bachmai / " + DemoUser.PASSWORD);
            out.println("  its H2 database: " + portal.databaseFile() + ".mv.db (kept by ./soc down)");
        }
        out.println("Token: curl -d grant_type=password -d client_id=" + KeycloakPart.PORTAL_CLIENT
                + " -d client_secret=" + KeycloakPart.PORTAL_CLIENT_SECRET + " -d username=analyst -d password="
                + DemoUser.PASSWORD + " " + keycloak.issuer() + "/protocol/openid-connect/token");
    }

    private int logs(Stack stack, List<String> words) {
        boolean follow = words.remove("-f") | words.remove("--follow");
        if (words.size() != 1) {
            err.println("soc: usage: soc logs PART [-f]   (parts: "
                    + String.join(", ", stack.parts().stream().map(Part::name).toList()) + ")");
            return 2;
        }
        Part part = stack.part(words.get(0));
        Path log = part.logFile();
        if (!Files.isRegularFile(log)) {
            err.println("soc: " + part.name() + " has no log yet (" + log + ")");
            return 1;
        }
        out.println(Stack.tail(log, 200));
        if (follow) {
            followLog(log);
        }
        return 0;
    }

    private void followLog(Path log) {
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            long position = file.length();
            while (true) {
                long length = file.length();
                if (length < position) {
                    position = 0; // truncated
                }
                if (length > position) {
                    file.seek(position);
                    byte[] chunk = new byte[(int) Math.min(length - position, 1 << 20)];
                    file.readFully(chunk);
                    out.print(new String(chunk, StandardCharsets.UTF_8));
                    out.flush();
                    position += chunk.length;
                } else {
                    Thread.sleep(Duration.ofMillis(300).toMillis());
                }
            }
        } catch (IOException e) {
            err.println("soc: cannot follow " + log + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private int config(StackConfig config) {
        String format = "%-30s %-24s %-36s %s%n";
        out.printf(format, "SETTING", "VALUE", "ENVIRONMENT VARIABLE", "FROM");
        for (Setting s : Setting.values()) {
            String value = s == Setting.KEYCLOAK_ADMIN_PASSWORD ? "****" : config.get(s);
            out.printf(format, s.key(), value, s.environmentVariable(), config.origin(s));
        }
        out.println();
        for (Setting s : Setting.values()) {
            out.printf("%-30s %s (default: %s)%n", s.key(), s.description(),
                    s.defaultValue().isEmpty() ? "empty" : s.defaultValue());
        }
        return 0;
    }

    private static void usage(PrintStream to) {
        to.println("""
                Usage: ./soc COMMAND
                  up [PART...]     build what is missing, start the stack (or the named parts), wait until healthy
                  status           what runs where; exit 3 if not everything is running and healthy
                  down             stop everything the stack started
                  logs PART [-f]   the last lines of a part's log; -f follows it
                  config           every setting, its value and where the value came from
                Parts: kafka, elasticsearch, keycloak, agent, jobs, portal; postgres only when named.
                Settings: file ./soc.conf (or $SOC_CONFIG), overridden by SOC_* environment variables.""");
    }
}
