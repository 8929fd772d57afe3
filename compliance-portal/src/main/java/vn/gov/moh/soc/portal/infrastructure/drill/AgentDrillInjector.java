package vn.gov.moh.soc.portal.infrastructure.drill;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import java.util.stream.Stream;
import vn.gov.moh.soc.core.naming.Topic;
import vn.gov.moh.soc.portal.application.drill.DrillInjectionCheck;
import vn.gov.moh.soc.portal.application.drill.DrillInjectionException;
import vn.gov.moh.soc.portal.application.drill.DrillInjector;
import vn.gov.moh.soc.portal.domain.model.drill.run.DrillPlay;
import vn.gov.moh.soc.portal.domain.model.unit.UnitId;
import vn.gov.moh.soc.portal.infrastructure.messaging.PipelineSettings;

/**
 * Ships a step through the real soc-agent: for a generator scenario, {@code soc-agent generate
 * --rate 0 --stdout} writes the scenario's lines alone in real time (so their times are the
 * injection's, and the job's event time never runs ahead of real traffic) and a second agent
 * process reads them from its stdin input, marked with the run's mark, and exits once Kafka has
 * every line; the quiet exfiltration's lines are written by the portal into that agent's stdin,
 * one a second. The step's folder (configuration, spool, the agent's log) is removed after a
 * success and kept after a failure, which names it.
 */
@ApplicationScoped
public class AgentDrillInjector implements DrillInjector, DrillInjectionCheck {
    private static final Logger LOG = Logger.getLogger(AgentDrillInjector.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Pages of the quiet exfiltration: one a second. */
    static final int QUIET_PAGES = 12;

    @Inject
    DrillSettings settings;
    @Inject
    PipelineSettings pipeline;

    @Override
    public void check() {
        settings.agentJar();
        if (!pipeline.enabled()) {
            throw new DrillInjectionException("the portal has no Kafka to ship a drill to: " + pipeline.disabledReason());
        }
    }

    @Override
    public Instant inject(String mark, UnitId unit, int step, DrillPlay play) {
        check();
        Path jar = settings.agentJar();
        Path dir = settings.workDir().resolve(mark).resolve("step-" + step);
        try {
            Files.createDirectories(dir);
            Instant injected = play.generatorScenario() != null ? generated(jar, dir, mark, unit, step, play)
                    : written(jar, dir, mark, unit, step, play);
            deleteTree(dir);
            return injected;
        } catch (IOException e) {
            throw new DrillInjectionException("drill " + mark + " step " + step + ": " + e.getMessage() + " (folder " + dir
                    + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DrillInjectionException("drill " + mark + " step " + step + ": interrupted (folder " + dir + ")", e);
        }
    }

    private Instant generated(Path jar, Path dir, String mark, UnitId unit, int step, DrillPlay play)
            throws IOException, InterruptedException {
        Process generator = new ProcessBuilder(DrillAgentConfig.generate(settings.java(), jar, unit, play))
                .redirectError(ProcessBuilder.Redirect.PIPE).start();
        try {
            // The generator reports the scenario on stderr as its first line goes out: its host and start.
            JsonNode r = report(new BufferedReader(new InputStreamReader(generator.getErrorStream(), StandardCharsets.UTF_8)),
                    generator);
            String host = r.path("host").asText(DrillAgentConfig.WEB_HOST);
            Instant started = Instant.parse(r.path("started").asText());
            Process agent = startAgent(jar, dir, mark, unit, step, host, play);
            try (OutputStream in = agent.getOutputStream()) {
                generator.getInputStream().transferTo(in);
            }
            finish(generator, "the generator", dir);
            finish(agent, "the agent", dir);
            return started;
        } finally {
            generator.destroy();
        }
    }

    private Instant written(Path jar, Path dir, String mark, UnitId unit, int step, DrillPlay play)
            throws IOException, InterruptedException {
        Process agent = startAgent(jar, dir, mark, unit, step, DrillAgentConfig.WEB_HOST, play);
        Instant start = Instant.now();
        List<String> lines = DrillAgentConfig.quietExfiltration(start, QUIET_PAGES);
        try (OutputStream in = agent.getOutputStream()) {
            for (int i = 0; i < lines.size(); i++) {
                long wait = Duration.between(Instant.now(), start.plusSeconds(i)).toMillis();
                if (wait > 0) {
                    Thread.sleep(wait);
                }
                in.write((lines.get(i) + "\n").getBytes(StandardCharsets.UTF_8));
                in.flush();
            }
        }
        finish(agent, "the agent", dir);
        return start;
    }

    private Process startAgent(Path jar, Path dir, String mark, UnitId unit, int step, String host, DrillPlay play)
            throws IOException {
        Path config = dir.resolve("agent.yml");
        Files.writeString(config, DrillAgentConfig.yaml(mark, step, unit, host, play, pipeline.bootstrapServers(),
                pipeline.namespace().topic(Topic.RAW), pipeline.namespace().topic(Topic.AGENT_HEARTBEAT),
                dir.resolve("state")));
        Path log = dir.resolve("agent.log");
        LOG.info(() -> "drill " + mark + " step " + step + ": " + play.code() + " for " + unit + " through the agent, log "
                + log);
        return new ProcessBuilder(DrillAgentConfig.agent(settings.java(), jar, config)).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
    }

    /** The scenario's report: the first stderr line that is one (a JVM may say something first). */
    private static JsonNode report(BufferedReader stderr, Process generator) throws IOException, InterruptedException {
        StringBuilder said = new StringBuilder();
        String line;
        for (int i = 0; i < 20 && (line = stderr.readLine()) != null; i++) {
            try {
                JsonNode r = JSON.readTree(line);
                if (r != null && r.hasNonNull("started")) {
                    Instant.parse(r.path("started").asText());
                    return r;
                }
            } catch (IOException | DateTimeParseException e) {
                // Not a report: kept for the message below.
            }
            said.append(said.length() == 0 ? "" : " | ").append(line);
        }
        generator.destroy();
        generator.waitFor(5, TimeUnit.SECONDS);
        throw new DrillInjectionException("the generator reported no scenario"
                + (generator.isAlive() ? "" : " (exit " + generator.exitValue() + ")") + ": " + said);
    }

    private void finish(Process p, String what, Path dir) throws InterruptedException, IOException {
        if (!p.waitFor(settings.stepTimeout().toSeconds(), TimeUnit.SECONDS)) {
            p.destroy();
            throw new IOException(what + " did not finish within " + settings.stepTimeout().toSeconds() + " s");
        }
        if (p.exitValue() != 0) {
            Path log = dir.resolve("agent.log");
            String tail = Files.exists(log) ? tail(Files.readString(log, StandardCharsets.UTF_8)) : "";
            throw new IOException(what + " exited with " + p.exitValue() + (tail.isEmpty() ? "" : ": " + tail));
        }
    }

    private static String tail(String text) {
        String t = text.strip();
        return t.length() > 600 ? "…" + t.substring(t.length() - 600) : t;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
