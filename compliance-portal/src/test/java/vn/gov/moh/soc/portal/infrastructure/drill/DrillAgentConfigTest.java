package vn.gov.moh.soc.portal.infrastructure.drill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gov.moh.soc.core.parse.AccessLogParser;
import vn.gov.moh.soc.portal.application.drill.DrillInjectionException;
import vn.gov.moh.soc.portal.domain.model.drill.run.DrillPlay;
import vn.gov.moh.soc.portal.domain.model.unit.UnitId;

/** What the portal hands the soc-agent for a drill step, read back as the agent reads it. */
class DrillAgentConfigTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final UnitId BACH_MAI = UnitId.of("bv-bach-mai");

    @Test
    void theShippingAgentHasOneMarkedStdinInputWithThePlaysFormat() throws Exception {
        String yaml = DrillAgentConfig.yaml("drill-run-7", 2, BACH_MAI, "his-web-01.bvbachmai.vn", DrillPlay.SQL_INJECTION,
                "127.0.0.1:9092", "t1.soc.raw", "t1.soc.agent.heartbeat", Path.of("/tmp/d \"x\"/state"));
        JsonNode c = YAML.readTree(yaml);
        assertThat(c.at("/agent/id").asText()).isEqualTo("drill-run-7-step-2");
        assertThat(c.at("/agent/unit").asText()).isEqualTo("bv-bach-mai");
        assertThat(c.at("/agent/host").asText()).isEqualTo("his-web-01.bvbachmai.vn");
        assertThat(c.at("/agent/state_dir").asText()).isEqualTo("/tmp/d \"x\"/state");
        assertThat(c.at("/kafka/topic").asText()).isEqualTo("t1.soc.raw");
        assertThat(c.at("/kafka/heartbeat_topic").asText()).isEqualTo("t1.soc.agent.heartbeat");
        assertThat(c.path("inputs")).hasSize(1);
        JsonNode in = c.path("inputs").get(0);
        assertThat(in.path("type").asText()).isEqualTo("stdin");
        assertThat(in.path("format").asText()).isEqualTo("access-log");
        assertThat(in.path("drill").asText()).isEqualTo("drill-run-7");
    }

    @Test
    void theGeneratorWritesTheScenarioAloneForTheUnit() {
        assertThat(DrillAgentConfig.generate("/usr/bin/java", Path.of("/opt/soc-agent.jar"), BACH_MAI,
                DrillPlay.SSH_BRUTE_FORCE)).containsExactly("/usr/bin/java", "-jar", "/opt/soc-agent.jar", "generate",
                        "--unit", "bv-bach-mai", "--rate", "0", "--stdout", "--scenario", "ssh-brute-force@0:bv-bach-mai");
        assertThat(DrillAgentConfig.generate("java", Path.of("a.jar"), BACH_MAI, DrillPlay.SSH_BRUTE_FORCE_THEN_LOGIN))
                .endsWith("--scenario", "ssh-brute-force-success@0:bv-bach-mai");
        assertThat(DrillPlay.SSH_BRUTE_FORCE_THEN_LOGIN.format()).isEqualTo("syslog");
        // The Windows play's lines are evtx JSON, which the job's Windows parser reads.
        assertThat(DrillPlay.RANSOMWARE_PRECURSORS.format()).isEqualTo("evtx-json");
        assertThat(DrillPlay.RANSOMWARE_PRECURSORS.generatorScenario()).isEqualTo("ransomware-precursors");
        assertThat(DrillPlay.QUIET_EXFILTRATION.generatorScenario()).isNull();
        assertThat(DrillPlay.QUIET_EXFILTRATION.expectedRules()).isEmpty();
        assertThat(DrillPlay.of("sql-injection")).isEqualTo(DrillPlay.SQL_INJECTION);
        assertThatThrownBy(() -> DrillPlay.of("phishing")).hasMessageContaining("known: ssh-brute-force");
    }

    @Test
    void theQuietExfiltrationIsOrdinaryAccessLogLinesOneASecond() {
        Instant at = Instant.parse("2026-12-01T03:00:00Z");
        List<String> lines = DrillAgentConfig.quietExfiltration(at, 3);
        assertThat(lines).hasSize(3);
        AccessLogParser parser = new AccessLogParser();
        for (int i = 0; i < lines.size(); i++) {
            var e = parser.parse(lines.get(i));
            assertThat(e.timestamp()).isEqualTo(at.plusSeconds(i));
            assertThat(e.get("source.ip")).isEqualTo("198.51.100.77");
            assertThat(e.get("http.response.status_code").toString()).isEqualTo("200");
        }
    }

    @Test
    void withoutTheAgentJarADrillCannotStartAndSaysWhatIsMissing(@TempDir Path tmp) throws Exception {
        DrillSettings s = new DrillSettings();
        s.agentJar = Optional.empty();
        assertThatThrownBy(s::agentJar).isInstanceOf(DrillInjectionException.class)
                .hasMessageContaining("portal.drills.agent-jar is not set");
        s.agentJar = Optional.of(tmp.resolve("missing.jar").toString());
        assertThatThrownBy(s::agentJar).hasMessageContaining("no readable file at");
        Path jar = Files.writeString(tmp.resolve("soc-agent.jar"), "x");
        s.agentJar = Optional.of(jar.toString());
        assertThat(s.agentJar()).isEqualTo(jar);
    }
}
