package vn.gov.moh.soc.portal.infrastructure.drill;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.gov.moh.soc.portal.domain.model.drill.run.DrillPlay;
import vn.gov.moh.soc.portal.domain.model.unit.UnitId;

/**
 * What the portal hands the soc-agent for one step: the commands, the configuration of the agent
 * that ships the step (one stdin input, marked), and the lines of the play the portal writes
 * itself. Pure text, so the tests read it as the agent will.
 */
final class DrillAgentConfig {
    /** The host of plays whose lines name none (access logs), when the generator gives none. */
    static final String WEB_HOST = "his-web-01";
    private static final DateTimeFormatter ACCESS_TIME = DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z",
            Locale.ROOT).withZone(ZoneOffset.UTC);

    private DrillAgentConfig() {
    }

    /** The generator's command: the scenario's lines alone, in real time, from now. */
    static List<String> generate(String java, Path agentJar, UnitId unit, DrillPlay play) {
        return List.of(java, "-jar", agentJar.toString(), "generate", "--unit", unit.value(), "--rate", "0", "--stdout",
                "--scenario", play.generatorScenario() + "@0:" + unit.value());
    }

    /** The shipping agent's command. */
    static List<String> agent(String java, Path agentJar, Path config) {
        return List.of(java, "-Xmx192m", "-jar", agentJar.toString(), "--config", config.toString());
    }

    /**
     * The configuration of the agent that ships one step: its own id and state folder, one stdin
     * input with the step's format, host and the run's mark.
     */
    static String yaml(String mark, int step, UnitId unit, String host, DrillPlay play, String bootstrapServers,
            String rawTopic, String heartbeatTopic, Path stateDir) {
        String id = mark + "-step-" + step;
        return String.join("\n",
                "# Written by the compliance portal for one drill step; removed after it.",
                "agent:",
                "  id: " + id,
                "  unit: " + unit.value(),
                "  host: " + quoted(host),
                "  state_dir: " + quoted(stateDir.toString()),
                "kafka:",
                "  bootstrap_servers: " + quoted(bootstrapServers),
                "  topic: " + quoted(rawTopic),
                "  heartbeat_topic: " + quoted(heartbeatTopic),
                "spool:",
                "  max_bytes: 64MiB",
                "  segment_bytes: 4MiB",
                "inputs:",
                "  - name: drill",
                "    type: stdin",
                "    format: " + play.format(),
                "    drill: " + mark,
                "");
    }

    /**
     * The lines of the quiet exfiltration: an outside address pages through the portal's report
     * export with ordinary requests, answers 200 and sizes of a normal page, a browser's user
     * agent: nothing a rule looks for.
     */
    static List<String> quietExfiltration(Instant at, int pages) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < pages; i++) {
            lines.add("198.51.100.77 - - [" + ACCESS_TIME.format(at.plusSeconds(i)) + "] \"GET /his/reports/export?page="
                    + (i + 1) + "&size=50 HTTP/1.1\" 200 " + (48_000 + 37 * i) + " \"https://his.example.vn/his/reports\""
                    + " \"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko)"
                    + " Chrome/124.0 Safari/537.36\"");
        }
        return lines;
    }

    /** A YAML double-quoted scalar. */
    private static String quoted(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
