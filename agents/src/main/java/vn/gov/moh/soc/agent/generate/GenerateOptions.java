package vn.gov.moh.soc.agent.generate;

import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The options of {@code soc-agent generate}, parsed and checked. Each option is written
 * {@code --name value} or {@code --name=value}.
 *
 * @param units           unit codes, in order, without duplicates
 * @param rate            mean lines per second over all units
 * @param durationSeconds span of generated time, 0 for no limit
 * @param count           lines, 0 for no limit
 * @param sizeBytes       about how many bytes to write, 0 for no limit
 * @param outDir          folder of the per-unit files, or null to write to standard output
 * @param scenarios       attack scenarios
 * @param seed            seed of every random choice
 * @param fast            true to write as fast as possible, false to write in real time
 * @param start           time of the first line, or null for now
 * @param help            true if help was asked for (nothing else is checked then)
 */
public record GenerateOptions(List<String> units, double rate, double durationSeconds, long count, long sizeBytes,
        Path outDir, List<ScenarioSpec> scenarios, long seed, boolean fast, Instant start, boolean help) {
    public static final double DEFAULT_RATE = 50;
    public static final long DEFAULT_SEED = 1;
    public static final String DEFAULT_UNIT = "bv-bach-mai";

    public GenerateOptions {
        units = List.copyOf(units);
        scenarios = List.copyOf(scenarios);
    }

    /** The usage text of {@code --help}. */
    public static String usage() {
        return """
                Usage: soc-agent generate [options]

                Writes realistic telemetry of hospitals (sshd/pam syslog, nginx access log, Windows
                Security and Sysmon evtx-JSON, FHIR AuditEvent EHR records, UFW firewall log), with
                attack scenarios mixed in on request. Scenario lines carry no marker; each scenario
                is reported on standard error when it starts, as one JSON line:
                  {"scenario":...,"unit":...,"started":...,"ended":...,"source_ip":...,"user":...,"host":...,"lines":...}

                Options:
                  --unit CODE[,CODE...]   units to generate (repeatable; default bv-bach-mai). Known:
                                          %s;
                                          any other code (a-z, 0-9, hyphens) gets a unit of the same shape
                  --rate N                mean lines per second over all units (default 50); 0 for
                                          the scenarios' lines alone, ending after the last
                  --duration SECONDS      stop after this span of generated time
                  --count N               stop after N lines
                  --size BYTES            stop after about this many bytes (suffix K, M or G: powers of 1024)
                                          (default for the three: run until killed)
                  --out-dir DIR           write DIR/<unit>/auth.log, nginx-access.log, windows.jsonl,
                                          ehr-audit.jsonl, firewall.log (appended; flushed every second)
                  --stdout                write every stream interleaved to standard output (the default)
                  --scenario NAME[@SECONDS][:UNIT]
                                          mix in an attack starting SECONDS after the start (default 30)
                                          in UNIT (default the first unit); repeatable. Names:
                                          %s
                  --seed N                seed of every random choice (default 1): same options, same lines
                  --start INSTANT         time of the first line, e.g. 2026-11-21T02:00:00Z (default now)
                  --fast                  write as fast as possible with synthetic timestamps, instead of
                                          in real time at the requested rate
                  --help                  show this help

                Exit status: 0 done, 1 cannot write, 2 bad options.
                """.formatted(String.join(", ", UnitCatalog.knownCodes()), String.join(", ", ScenarioCatalog.names()));
    }

    /**
     * Parses the arguments.
     *
     * @throws UsageException naming the option at fault
     */
    public static GenerateOptions parse(String[] args) throws UsageException {
        List<String> units = new ArrayList<>();
        double rate = DEFAULT_RATE;
        double duration = 0;
        long count = 0;
        long size = 0;
        Path outDir = null;
        boolean stdout = false;
        List<ScenarioSpec> scenarios = new ArrayList<>();
        long seed = DEFAULT_SEED;
        boolean fast = false;
        Instant start = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg;
            String inline = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 2) {
                name = arg.substring(0, eq);
                inline = arg.substring(eq + 1);
            }
            switch (name) {
                case "--help", "-h" -> {
                    return new GenerateOptions(List.of(), rate, 0, 0, 0, null, List.of(), seed, false, null, true);
                }
                case "--fast" -> fast = flag(name, inline);
                case "--stdout" -> stdout = flag(name, inline);
                case "--unit" -> {
                    String value = inline != null ? inline : value(args, ++i, name);
                    for (String code : value.split(",", -1)) {
                        String c = code.strip();
                        if (!UnitCatalog.isValidCode(c)) {
                            throw new UsageException(name, "'" + c + "' is not a unit code (lower-case letters and digits"
                                    + " separated by hyphens, e.g. bv-bach-mai)");
                        }
                        if (!units.contains(c)) {
                            units.add(c);
                        }
                    }
                }
                case "--rate" -> {
                    rate = number(name, inline != null ? inline : value(args, ++i, name));
                    if (!(rate >= 0) || rate > 100_000_000) {
                        throw new UsageException(name, "must be 0 to 100000000 lines per second");
                    }
                }
                case "--duration" -> {
                    duration = number(name, inline != null ? inline : value(args, ++i, name));
                    if (!(duration > 0)) {
                        throw new UsageException(name, "must be a positive number of seconds");
                    }
                }
                case "--count" -> count = positiveLong(name, inline != null ? inline : value(args, ++i, name));
                case "--size" -> size = bytes(name, inline != null ? inline : value(args, ++i, name));
                case "--seed" -> {
                    String v = inline != null ? inline : value(args, ++i, name);
                    try {
                        seed = Long.parseLong(v.strip());
                    } catch (NumberFormatException e) {
                        throw new UsageException(name, "'" + v + "' is not a whole number");
                    }
                }
                case "--out-dir" -> {
                    String v = inline != null ? inline : value(args, ++i, name);
                    if (v.isBlank()) {
                        throw new UsageException(name, "needs a folder");
                    }
                    outDir = Path.of(v);
                }
                case "--scenario" -> {
                    String v = inline != null ? inline : value(args, ++i, name);
                    try {
                        scenarios.add(ScenarioSpec.parse(v));
                    } catch (IllegalArgumentException e) {
                        throw new UsageException(name, e.getMessage());
                    }
                }
                case "--start" -> {
                    String v = inline != null ? inline : value(args, ++i, name);
                    try {
                        start = Instant.parse(v.strip());
                    } catch (DateTimeParseException e) {
                        throw new UsageException(name, "'" + v + "' is not an ISO-8601 instant such as 2026-11-21T02:00:00Z");
                    }
                }
                default -> throw new UsageException(arg, arg.startsWith("-") ? "unknown option (see --help)"
                        : "unexpected argument (options start with --; see --help)");
            }
        }
        if (stdout && outDir != null) {
            throw new UsageException("--stdout", "cannot be combined with --out-dir");
        }
        if (units.isEmpty()) {
            units.add(DEFAULT_UNIT);
        }
        for (ScenarioSpec s : scenarios) {
            if (s.unit() != null && !units.contains(s.unit())) {
                throw new UsageException("--scenario", "unit '" + s.unit() + "' of scenario " + s.name()
                        + " is not among the generated units " + units);
            }
        }
        return new GenerateOptions(units, rate, duration, count, size, outDir, scenarios, seed, fast, start, false);
    }

    private static boolean flag(String name, String inline) throws UsageException {
        if (inline != null) {
            throw new UsageException(name, "takes no value");
        }
        return true;
    }

    private static String value(String[] args, int i, String name) throws UsageException {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new UsageException(name, "needs a value");
        }
        return args[i];
    }

    private static double number(String name, String v) throws UsageException {
        try {
            double d = Double.parseDouble(v.strip());
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw new UsageException(name, "'" + v + "' is not a number");
        }
    }

    private static long positiveLong(String name, String v) throws UsageException {
        try {
            long n = Long.parseLong(v.strip());
            if (n <= 0) {
                throw new UsageException(name, "must be a positive whole number");
            }
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException(name, "'" + v + "' is not a whole number");
        }
    }

    private static long bytes(String name, String v) throws UsageException {
        String t = v.strip().toUpperCase(Locale.ROOT);
        if (t.endsWith("B")) {
            t = t.substring(0, t.length() - 1);
        }
        long unit = 1;
        if (!t.isEmpty()) {
            char last = t.charAt(t.length() - 1);
            int power = "KMGT".indexOf(last) + 1;
            if (power > 0) {
                unit = 1L << (10 * power);
                t = t.substring(0, t.length() - 1);
            }
        }
        try {
            double amount = Double.parseDouble(t);
            if (!(amount > 0) || amount * unit >= Long.MAX_VALUE) {
                throw new UsageException(name, "must be a positive size");
            }
            return Math.max(1, (long) (amount * unit));
        } catch (NumberFormatException e) {
            throw new UsageException(name, "'" + v + "' is not a size such as 500M or 2G");
        }
    }
}
