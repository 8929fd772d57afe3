package vn.gov.moh.soc.core.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gov.moh.soc.core.testdata.SharedData;

/**
 * Loghub's OpenSSH sample through {@code soc-sigma scan} with our rules: SSH brute-force alerts for
 * exactly the sources that cross 8 failures in 120 s, as computed here from the structured CSV
 * (its template ids, not our parser).
 *
 * <p>Only the structured CSV is in ../shared/data; the raw log lines are rebuilt from it
 * ({@code Date Day Time Component sshd[Pid]: Content}) into a temporary file.
 */
class LoghubOpenSshScanTest {
    /** Templates of failed authentication attempts: Failed none/password (invalid user), repeated. */
    private static final Set<String> FAILED_LOGIN_TEMPLATES = Set.of("E8", "E9", "E10", "E14");
    private static final Pattern FROM = Pattern.compile(" from (\\S+) port ");
    private static final Pattern ROW = Pattern.compile("^(\\d+),(\\w{3}),(\\d+),([\\d:]+),([^,]*),(\\d+),(.*),(E\\d+),(.*)$");

    @TempDir
    Path tmp;

    @Test
    void bruteForceAlertsMatchTheCountsOfTheStructuredLog() throws Exception {
        Path csv = SharedData.dir("loghub/OpenSSH/OpenSSH_2k.log_structured.csv");
        List<String> rows = Files.readAllLines(csv, StandardCharsets.UTF_8);
        List<String> rawLines = new ArrayList<>();
        Map<String, List<Long>> failuresByIp = new HashMap<>();
        for (String row : rows.subList(1, rows.size())) {
            Matcher m = ROW.matcher(row);
            assertThat(m.matches()).as(row).isTrue();
            rawLines.add(String.format("%s %2s %s %s sshd[%s]: %s", m.group(2), m.group(3), m.group(4), m.group(5),
                    m.group(6), m.group(7)));
            if (FAILED_LOGIN_TEMPLATES.contains(m.group(8))) {
                Matcher ip = FROM.matcher(m.group(7));
                assertThat(ip.find()).as(row).isTrue();
                long seconds = Long.parseLong(m.group(3)) * 86_400 + LocalTime.parse(m.group(4)).toSecondOfDay();
                failuresByIp.computeIfAbsent(ip.group(1), k -> new ArrayList<>()).add(seconds);
            }
        }
        Map<String, Integer> expected = expectedAlerts(failuresByIp, 8, 120);
        Path log = tmp.resolve("OpenSSH_2k.log");
        Files.write(log, rawLines, StandardCharsets.UTF_8);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new SigmaCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(new String[] {"scan", "--rules", System.getProperty("soc.rules.dir", "../rules"), "--input",
                        log.toString(), "--format", "syslog"});

        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        Map<String, Integer> actual = new TreeMap<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode alert = json.readTree(line);
            if (alert.path("title").asText().equals("SSH Brute Force From One Source")) {
                assertThat(alert.path("count").asInt()).isEqualTo(8);
                actual.merge(alert.path("group").path("source.ip").asText(), 1, Integer::sum);
            }
        }
        System.out.println("OpenSSH_2k: brute-force alerts by source " + actual + "; "
                + err.toString(StandardCharsets.UTF_8).trim());
        assertThat(actual).isEqualTo(expected);
        assertThat(actual).isNotEmpty();
    }

    /** Sliding 120 s windows per source; a window that reaches 8 raises one alert and starts again. */
    private static Map<String, Integer> expectedAlerts(Map<String, List<Long>> failures, int threshold, long span) {
        Map<String, Integer> alerts = new TreeMap<>();
        failures.forEach((ip, times) -> {
            List<Long> window = new ArrayList<>();
            for (long t : times) {
                window.add(t);
                window.removeIf(w -> w < t - span);
                if (window.size() >= threshold) {
                    alerts.merge(ip, 1, Integer::sum);
                    window.clear();
                }
            }
        });
        return alerts;
    }
}
