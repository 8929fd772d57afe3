package vn.gov.moh.soc.core.testdata;

import java.io.IOException;
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

/**
 * Loghub's OpenSSH 2k sample, read from its structured CSV: the raw log lines rebuilt from it
 * ({@code Date Day Time Component sshd[Pid]: Content}; only the CSV is in ../shared/data), and
 * the SSH brute-force alerts expected per source address, computed from the CSV's template ids
 * (not from our parser), so tests of any engine can compare against them.
 */
public final class LoghubOpenSsh {
    /** Templates of failed authentication attempts: Failed none/password (invalid user), repeated. */
    private static final Set<String> FAILED_LOGIN_TEMPLATES = Set.of("E8", "E9", "E10", "E14");
    private static final Pattern FROM = Pattern.compile(" from (\\S+) port ");
    private static final Pattern ROW = Pattern.compile("^(\\d+),(\\w{3}),(\\d+),([\\d:]+),([^,]*),(\\d+),(.*),(E\\d+),(.*)$");

    private final List<String> rawLines;
    private final Map<String, List<Long>> failuresByIp;

    private LoghubOpenSsh(List<String> rawLines, Map<String, List<Long>> failuresByIp) {
        this.rawLines = rawLines;
        this.failuresByIp = failuresByIp;
    }

    /** Reads the sample, or skips the test when the shared data is missing. */
    public static LoghubOpenSsh load() throws IOException {
        Path csv = SharedData.dir("loghub/OpenSSH/OpenSSH_2k.log_structured.csv");
        List<String> rows = Files.readAllLines(csv, StandardCharsets.UTF_8);
        List<String> rawLines = new ArrayList<>();
        Map<String, List<Long>> failuresByIp = new HashMap<>();
        for (String row : rows.subList(1, rows.size())) {
            Matcher m = ROW.matcher(row);
            if (!m.matches()) {
                throw new IllegalStateException("not a row of the structured OpenSSH log: " + row);
            }
            rawLines.add(String.format("%s %2s %s %s sshd[%s]: %s", m.group(2), m.group(3), m.group(4), m.group(5),
                    m.group(6), m.group(7)));
            if (FAILED_LOGIN_TEMPLATES.contains(m.group(8))) {
                Matcher ip = FROM.matcher(m.group(7));
                if (!ip.find()) {
                    throw new IllegalStateException("a failed login without a source address: " + row);
                }
                long seconds = Long.parseLong(m.group(3)) * 86_400 + LocalTime.parse(m.group(4)).toSecondOfDay();
                failuresByIp.computeIfAbsent(ip.group(1), k -> new ArrayList<>()).add(seconds);
            }
        }
        return new LoghubOpenSsh(List.copyOf(rawLines), failuresByIp);
    }

    /** The 2,000 raw syslog lines, in the sample's order. */
    public List<String> rawLines() {
        return rawLines;
    }

    /**
     * Alerts per source address for "at least {@code threshold} failures within {@code spanSeconds}":
     * sliding windows per source; a window that reaches the threshold raises one alert and starts again.
     */
    public Map<String, Integer> expectedBruteForceAlerts(int threshold, long spanSeconds) {
        Map<String, Integer> alerts = new TreeMap<>();
        failuresByIp.forEach((ip, times) -> {
            List<Long> window = new ArrayList<>();
            for (long t : times) {
                window.add(t);
                window.removeIf(w -> w < t - spanSeconds);
                if (window.size() >= threshold) {
                    alerts.merge(ip, 1, Integer::sum);
                    window.clear();
                }
            }
        });
        return alerts;
    }
}
