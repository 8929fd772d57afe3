package vn.gov.moh.soc.core.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gov.moh.soc.core.testdata.LoghubOpenSsh;

/**
 * Loghub's OpenSSH sample through {@code soc-sigma scan} with our rules: SSH brute-force alerts for
 * exactly the sources that cross 8 failures in 120 s, as {@link LoghubOpenSsh} computes them from the
 * structured CSV (its template ids, not our parser); the raw lines rebuilt from it go through a
 * temporary file.
 */
class LoghubOpenSshScanTest {
    @TempDir
    Path tmp;

    @Test
    void bruteForceAlertsMatchTheCountsOfTheStructuredLog() throws Exception {
        LoghubOpenSsh sample = LoghubOpenSsh.load();
        Map<String, Integer> expected = sample.expectedBruteForceAlerts(8, 120);
        List<String> rawLines = sample.rawLines();
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
}
