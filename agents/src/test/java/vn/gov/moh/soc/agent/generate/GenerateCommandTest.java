package vn.gov.moh.soc.agent.generate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The {@code soc-agent generate} command line: options, files, standard output, scenario reports. */
class GenerateCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String START = "2026-11-21T02:00:00Z";

    @TempDir
    Path tmp;

    private record Result(int exit, String out, String err) {
    }

    private static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new GenerateCommand(Clock.fixed(Instant.parse(START), ZoneOffset.UTC)).run(args,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Stream<Arguments> badOptions() {
        return Stream.of(
                Arguments.of(new String[] {"--rate", "fast"}, "--rate"),
                Arguments.of(new String[] {"--rate", "-1"}, "--rate"),
                Arguments.of(new String[] {"--rate"}, "--rate"),
                Arguments.of(new String[] {"--count", "-3"}, "--count"),
                Arguments.of(new String[] {"--count", "1e3"}, "--count"),
                Arguments.of(new String[] {"--duration", "soon"}, "--duration"),
                Arguments.of(new String[] {"--size", "12Q"}, "--size"),
                Arguments.of(new String[] {"--seed", "1.5"}, "--seed"),
                Arguments.of(new String[] {"--unit", "BV Bach Mai"}, "--unit"),
                Arguments.of(new String[] {"--unit", "bv-bach-mai,"}, "--unit"),
                Arguments.of(new String[] {"--scenario", "phishing"}, "--scenario"),
                Arguments.of(new String[] {"--scenario", "ssh-brute-force@soon"}, "--scenario"),
                Arguments.of(new String[] {"--scenario", "sql-injection@10:bv-cho-ray"}, "--scenario"),
                Arguments.of(new String[] {"--start", "yesterday"}, "--start"),
                Arguments.of(new String[] {"--fast=yes"}, "--fast"),
                Arguments.of(new String[] {"--stdout", "--out-dir", "x"}, "--stdout"),
                Arguments.of(new String[] {"--out-dir", "--fast"}, "--out-dir"),
                Arguments.of(new String[] {"--speed", "9"}, "--speed"),
                Arguments.of(new String[] {"extra"}, "extra"));
    }

    @ParameterizedTest
    @MethodSource("badOptions")
    void badOptionsExitWithTwoNamingTheOption(String[] args, String option) {
        Result r = run(args);
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("soc-agent generate: " + option + ": ").contains("--help");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void helpListsOptionsAndScenarios() {
        Result r = run("--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("--unit", "--rate", "--duration", "--count", "--out-dir", "--stdout", "--scenario",
                "--seed", "--fast", "--size", "ssh-brute-force", "ransomware-precursors", "ehr-snooping", "bv-bach-mai");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void stdoutGetsTheRequestedNumberOfLines() {
        Result r = run("--fast", "--count", "500", "--start", START);
        assertThat(r.exit()).isZero();
        assertThat(r.out().lines()).hasSize(500);
        assertThat(r.err()).isEmpty();
    }

    @Test
    void outDirGetsOneFilePerStreamPerUnitAndTheScenarioIsReported() throws IOException {
        Result r = run("--fast", "--count", "3000", "--rate", "20", "--unit", "bv-bach-mai,bv-cho-ray", "--out-dir",
                tmp.toString(), "--scenario", "sql-injection@10:bv-cho-ray", "--start", START, "--seed", "5");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).isEmpty();
        long lines = 0;
        for (String unit : List.of("bv-bach-mai", "bv-cho-ray")) {
            for (TelemetryStream s : TelemetryStream.values()) {
                Path file = tmp.resolve(unit).resolve(s.fileName());
                assertThat(file).exists();
                lines += Files.readAllLines(file, StandardCharsets.UTF_8).size();
            }
        }
        assertThat(lines).isEqualTo(3000);
        assertThat(r.err().lines()).hasSize(1);
        JsonNode report = JSON.readTree(r.err().lines().findFirst().orElseThrow());
        assertThat(report.path("scenario").asText()).isEqualTo("sql-injection");
        assertThat(report.path("unit").asText()).isEqualTo("bv-cho-ray");
        assertThat(report.path("started").asText()).isEqualTo("2026-11-21T02:00:10Z");
        assertThat(report.path("host").asText()).isEqualTo("his-web-01.bvchoray.vn");
        assertThat(report.has("user")).isTrue();
        String attacker = report.path("source_ip").asText();
        assertThat(Files.readString(tmp.resolve("bv-cho-ray/nginx-access.log"))).contains(attacker + " - - [");
        assertThat(Files.readString(tmp.resolve("bv-bach-mai/nginx-access.log"))).doesNotContain(attacker);
    }

    @Test
    void rateZeroWritesTheScenariosLinesAloneAndEndsAfterTheLast() throws IOException {
        Result r = run("--fast", "--rate", "0", "--stdout", "--scenario", "ssh-brute-force@5", "--start", START);
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode report = JSON.readTree(r.err().lines().findFirst().orElseThrow());
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(report.path("lines").asInt()).isNotEmpty();
        assertThat(lines).allSatisfy(l -> assertThat(l).contains("sshd["));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains(report.path("source_ip").asText()));
        assertThat(run("--fast", "--rate", "0", "--stdout", "--start", START).out()).as("no scenario, no line").isEmpty();
    }

    @Test
    void filesAreAppendedTo() throws IOException {
        String[] args = {"--fast", "--count", "400", "--out-dir", tmp.toString(), "--start", START};
        assertThat(run(args).exit()).isZero();
        long first = countLines(tmp.resolve("bv-bach-mai"));
        assertThat(run(args).exit()).isZero();
        assertThat(countLines(tmp.resolve("bv-bach-mai"))).isEqualTo(2 * first).isEqualTo(800);
    }

    private static long countLines(Path dir) throws IOException {
        long n = 0;
        for (TelemetryStream s : TelemetryStream.values()) {
            n += Files.readAllLines(dir.resolve(s.fileName())).size();
        }
        return n;
    }

    @Test
    void sizeStopsAtAboutThatManyBytes() throws IOException {
        Result r = run("--fast", "--size", "200K", "--out-dir", tmp.toString(), "--start", START);
        assertThat(r.exit()).isZero();
        long bytes = 0;
        for (TelemetryStream s : TelemetryStream.values()) {
            bytes += Files.size(tmp.resolve("bv-bach-mai").resolve(s.fileName()));
        }
        assertThat(bytes).isBetween(200L * 1024, 200L * 1024 + 8 * 1024);
    }

    @Test
    void durationBoundsGeneratedTime() {
        Result r = run("--fast", "--duration", "60", "--rate", "10", "--start", START, "--scenario", "ssh-brute-force@90");
        assertThat(r.exit()).isZero();
        // About 600 lines; the scenario, due after the end, never starts and is not reported.
        assertThat(r.out().lines().count()).isBetween(450L, 750L);
        assertThat(r.err()).isEmpty();
    }

    @Test
    void liveModeWritesAtTheRequestedRateWithCurrentTimes() {
        long before = System.nanoTime();
        Result r = run("--duration", "1", "--rate", "100", "--unit", "bv-k");
        long elapsedMillis = (System.nanoTime() - before) / 1_000_000;
        assertThat(r.exit()).isZero();
        assertThat(elapsedMillis).isGreaterThanOrEqualTo(800);
        assertThat(r.out().lines().count()).isBetween(50L, 160L);
        assertThat(r.out()).contains("bvk.");
    }

    @Test
    void sameOptionsSameOutput() {
        String[] args = {"--fast", "--count", "2000", "--seed", "77", "--start", START, "--scenario", "password-spraying@1"};
        Result a = run(args);
        Result b = run(args);
        assertThat(a.out()).isEqualTo(b.out());
        assertThat(a.err()).isEqualTo(b.err()).isNotEmpty();
    }
}
