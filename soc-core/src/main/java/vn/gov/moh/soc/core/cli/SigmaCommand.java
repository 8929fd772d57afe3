package vn.gov.moh.soc.core.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.gov.moh.soc.core.parse.EventReader;
import vn.gov.moh.soc.core.parse.InputFormat;
import vn.gov.moh.soc.core.sigma.Alert;
import vn.gov.moh.soc.core.sigma.Detector;
import vn.gov.moh.soc.core.sigma.RuleLibrary;
import vn.gov.moh.soc.core.sigma.rule.RuleException;

/**
 * {@code soc-sigma check DIR...} and {@code soc-sigma scan --rules DIR... --input FILE [--format F]}.
 * Exit codes: 0 done (check: nothing rejected), 1 some rules rejected (check) or records unreadable
 * (scan), 2 wrong usage.
 */
public final class SigmaCommand {
    private final PrintStream out;
    private final PrintStream err;

    SigmaCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new BufferedOutputStream(System.out, 1 << 16), false, StandardCharsets.UTF_8);
        int code = new SigmaCommand(out, System.err).run(args);
        out.flush();
        System.exit(code);
    }

    int run(String[] args) {
        if (args.length == 0 || args[0].equals("-h") || args[0].equals("--help") || args[0].equals("help")) {
            usage(args.length == 0 ? err : out);
            return args.length == 0 ? 2 : 0;
        }
        try {
            return switch (args[0]) {
                case "check" -> check(List.of(args).subList(1, args.length));
                case "scan" -> scan(List.of(args).subList(1, args.length));
                default -> {
                    err.println("soc-sigma: unknown command '" + args[0] + "'");
                    usage(err);
                    yield 2;
                }
            };
        } catch (UsageException e) {
            err.println("soc-sigma: " + e.getMessage());
            return 2;
        }
    }

    private int check(List<String> args) {
        if (args.isEmpty()) {
            throw new UsageException("check needs at least one rule folder or file");
        }
        RuleLibrary library = RuleLibrary.load(paths(args));
        report(library);
        return library.rejected().isEmpty() ? 0 : 1;
    }

    private void report(RuleLibrary library) {
        out.printf("loaded: %d detection rules, %d correlation rules, %d filters; rejected: %d%n",
                library.ruleSet().size(), library.correlators().size(), library.filterCount(), library.rejected().size());
        Map<String, Integer> byReason = new TreeMap<>();
        for (RuleException e : library.rejected()) {
            out.println("rejected: " + e.getMessage());
            byReason.merge(e.reason().replaceAll("'[^']*'", "'…'"), 1, Integer::sum);
        }
        byReason.forEach((reason, n) -> out.printf("  %5d  %s%n", n, reason));
    }

    private int scan(List<String> args) {
        List<String> rules = new ArrayList<>();
        Path input = null;
        InputFormat format = InputFormat.AUTO;
        for (int i = 0; i < args.size(); i++) {
            switch (args.get(i)) {
                case "--rules" -> {
                    while (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
                        rules.add(args.get(++i));
                    }
                }
                case "--input" -> input = Path.of(value(args, ++i, "--input"));
                case "--format" -> {
                    try {
                        format = InputFormat.of(value(args, ++i, "--format"));
                    } catch (IllegalArgumentException e) {
                        throw new UsageException(e.getMessage());
                    }
                }
                default -> throw new UsageException("unknown option '" + args.get(i) + "'");
            }
        }
        if (rules.isEmpty() || input == null) {
            throw new UsageException("scan needs --rules DIR... and --input FILE ('-' for standard input)");
        }
        RuleLibrary library = RuleLibrary.load(paths(rules));
        for (RuleException e : library.rejected()) {
            err.println("soc-sigma: rule rejected: " + e.getMessage());
        }
        Detector detector = new Detector(library);
        Path source = input;
        long[] counts = new long[3]; // events, alerts, rejected records
        try (InputStream in = input.toString().equals("-") ? System.in : Files.newInputStream(input)) {
            new EventReader().read(in, format, event -> {
                counts[0]++;
                for (Alert alert : detector.process(event)) {
                    counts[1]++;
                    out.println(AlertJson.of(alert));
                }
            }, rejected -> {
                counts[2]++;
                err.println("soc-sigma: " + source + ": record " + rejected.position() + " skipped: " + rejected.reason());
            });
        } catch (IOException e) {
            err.println("soc-sigma: cannot read " + input + ": " + e.getMessage());
            return 1;
        }
        out.flush();
        err.printf("soc-sigma: %d events, %d alerts, %d records skipped, %d rules%n", counts[0], counts[1], counts[2],
                library.ruleSet().size() + library.correlators().size());
        return counts[2] == 0 ? 0 : 1;
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size()) {
            throw new UsageException(option + " needs a value");
        }
        return args.get(i);
    }

    private static List<Path> paths(List<String> args) {
        List<Path> paths = new ArrayList<>();
        for (String a : args) {
            Path p = Path.of(a);
            if (!Files.exists(p)) {
                throw new UsageException("rule folder or file " + a + " does not exist");
            }
            paths.add(p);
        }
        return paths;
    }

    private static void usage(PrintStream to) {
        to.println("""
                Usage:
                  soc-sigma check DIR|FILE...
                      load Sigma rules and report how many loaded and which were rejected, with the reason
                  soc-sigma scan --rules DIR|FILE... --input FILE|- [--format auto|jsonl|ecs-json|evtx-json|syslog|access-log|iis]
                      run the rules over a log file; alerts are printed as JSON lines, a summary on stderr""");
    }

    /** Wrong command-line usage. */
    static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }
}
