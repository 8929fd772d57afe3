package vn.gov.moh.soc.stack.part;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.gov.moh.soc.core.asset.Asset;
import vn.gov.moh.soc.core.asset.AssetInventoryFile;
import vn.gov.moh.soc.core.naming.Topic;
import vn.gov.moh.soc.stack.config.Setting;
import vn.gov.moh.soc.stack.config.StackConfig;

/**
 * The demo agent: soc-agent's telemetry generator writes the logs of two demo hospitals (Bach Mai
 * hospital and the Hanoi department of health, the units of the demo users) into files, with the
 * attack scenarios of {@code agent.demo.scenarios} mixed in, and one soc-agent tails those files
 * into Kafka, as an agent on a hospital's collector would (the access log's input names the HIS
 * web server, whose log it is). The generated servers do not exist, so neither do agents on them: a
 * third process sends the heartbeats their agents would send (soc-agent's {@code
 * SimulatedHostHeartbeats}, the agents' own document), which the portal's monitoring coverage
 * shows; the collector's own heartbeat names only the collector. All run in one process group, so
 * {@code ./soc down} stops them all.
 */
public final class AgentPart extends Part {
    /** The demo hospitals: unit codes of the demo users. */
    static final List<String> UNITS = List.of("bv-bach-mai", "syt-ha-noi");
    /** The files the generator writes per unit, and the format the pipeline reads them with. */
    static final Map<String, String> STREAMS = Map.of("auth.log", "syslog", "nginx-access.log", "access-log",
            "windows.jsonl", "evtx-json", "ehr-audit.jsonl", "jsonl", "firewall.log", "syslog");

    /**
     * The stream whose lines name no host: nginx's access log is the HIS web server's, so its input
     * names that server, as an agent on it would (the others name their host in each line).
     */
    static final String WEB_LOG = "nginx-access.log";

    public AgentPart(StackConfig config, Distributions distributions) {
        super(config, distributions);
    }

    @Override
    public String name() {
        return "agent";
    }

    @Override
    public Map<String, Integer> ports() {
        return Map.of("metrics", config.port(Setting.AGENT_METRICS_PORT));
    }

    @Override
    public String address() {
        return "http://127.0.0.1:" + config.port(Setting.AGENT_METRICS_PORT) + "/metrics";
    }

    @Override
    public Map<String, String> endpoints() {
        return Map.of("agent.metrics.url", address());
    }

    @Override
    public boolean healthy() {
        return Http.get(address()).ok();
    }

    @Override
    protected void prepare() {
        StringBuilder inputs = new StringBuilder();
        for (String unit : UNITS) {
            String webServer = webServer(unit);
            STREAMS.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(stream -> inputs
                    .append("  - name: ").append(unit).append('-').append(stream.getKey().replace('.', '-')).append('\n')
                    .append("    type: file\n")
                    .append("    unit: ").append(unit).append('\n')
                    .append(stream.getKey().equals(WEB_LOG) ? "    host: " + webServer + "\n" : "")
                    .append("    paths: ['").append(dir.resolve("logs").resolve(unit).resolve(stream.getKey())).append("']\n")
                    .append("    format: ").append(stream.getValue()).append('\n')
                    .append("    start_at: beginning\n"));
        }
        write(dir.resolve("agent.yml"), String.join("\n",
                "# Written by ./soc on every start; edit the stack settings instead.",
                "agent:",
                "  id: demo-collector",
                "  unit: byt-cntt",
                "  host: demo-collector",
                "  state_dir: " + dir.resolve("state"),
                "kafka:",
                "  bootstrap_servers: 127.0.0.1:" + config.port(Setting.KAFKA_PORT),
                "  topic: " + config.namespace().topic(Topic.RAW),
                "  heartbeat_topic: " + config.namespace().topic(Topic.AGENT_HEARTBEAT),
                "heartbeat:",
                "  interval: 10s",
                "metrics:",
                "  listen: 127.0.0.1:" + config.port(Setting.AGENT_METRICS_PORT),
                "inputs:",
                inputs.toString()));
    }

    @Override
    protected List<String> command() {
        String java = javaExecutable();
        String jar = distributions.agentJar().toString();
        List<String> generator = new ArrayList<>(List.of(quote(java), "-Xmx128m", "-XX:+UseSerialGC", "-jar", quote(jar), "generate",
                "--unit", String.join(",", UNITS), "--rate", config.get(Setting.AGENT_DEMO_RATE),
                "--out-dir", quote(dir.resolve("logs").toString())));
        for (String scenario : scenarios()) {
            generator.addAll(List.of("--scenario", quote(scenario)));
        }
        generator.addAll(List.of("2>>", quote(dir.resolve("scenarios.jsonl").toString())));
        String generate = String.join(" ", generator);
        String heartbeats = String.join(" ", quote(java), "-Xmx48m", "-XX:+UseSerialGC", "-cp", quote(jar),
                "vn.gov.moh.soc.agent.generate.SimulatedHostHeartbeats", "127.0.0.1:" + config.port(Setting.KAFKA_PORT),
                quote(config.namespace().topic(Topic.AGENT_HEARTBEAT)), "10", String.join(",", UNITS));
        String agent = String.join(" ", "exec", quote(java), "-Xms64m", "-Xmx192m", "-XX:+UseSerialGC", "-jar", quote(jar),
                "--config", quote(dir.resolve("agent.yml").toString()));
        return List.of("bash", "-c", generate + " & " + heartbeats + " & " + agent);
    }

    /**
     * The unit's HIS web server as the demo inventory names it (qualified): the host the generator's
     * access log and its SQL injection are on, so the job finds the HIS system for web alerts.
     */
    static String webServer(String unit) {
        try {
            for (Asset a : AssetInventoryFile.demo()) {
                if (a.unitId().equals(unit)) {
                    for (String host : a.hostNames()) {
                        if (host.startsWith("his-web-01.")) {
                            return host;
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read soc-core's demo inventory", e);
        }
        throw new IllegalStateException("soc-core's demo inventory names no his-web-01 of " + unit);
    }

    /** The generator's {@code --scenario} values, from {@code agent.demo.scenarios} (checked by its type). */
    List<String> scenarios() {
        String value = config.get(Setting.AGENT_DEMO_SCENARIOS);
        return value.equals("none") ? List.of() : List.of(value.split(","));
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    /** The generator's files, for tests and the demo. */
    public Path logs() {
        return dir.resolve("logs");
    }
}
