package vn.gov.moh.soc.stack.part;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gov.moh.soc.stack.config.ConfigException;
import vn.gov.moh.soc.stack.config.Setting;
import vn.gov.moh.soc.stack.config.StackConfig;

/** The generator's scenarios for each value of {@code agent.demo.scenarios}. */
class AgentPartTest {
    @TempDir
    Path dir;

    private StackConfig.Builder config() {
        return StackConfig.builder().set(Setting.STATE_DIR, dir.resolve("state").toString());
    }

    @Test
    void theDemoRunsTheFiveAttackScenariosMinutesApartByDefault() {
        assertThat(new AgentPart(config().build(), Distributions.ofThisBuild()).scenarios()).containsExactly(
                "ssh-brute-force@120", "sql-injection@300", "ehr-snooping@600", "ransomware-precursors@900",
                "ehr-bulk-export@1200");
    }

    @Test
    void aTestCanScheduleItsScenariosEarlyOrNone() {
        StackConfig early = config().set(Setting.AGENT_DEMO_SCENARIOS, "ssh-brute-force@5,sql-injection@15:syt-ha-noi").build();
        assertThat(new AgentPart(early, Distributions.ofThisBuild()).scenarios())
                .containsExactly("ssh-brute-force@5", "sql-injection@15:syt-ha-noi");
        assertThat(new AgentPart(config().set(Setting.AGENT_DEMO_SCENARIOS, "none").build(), Distributions.ofThisBuild())
                .scenarios()).isEmpty();
    }

    @Test
    void aMalformedListIsRefusedNamingTheSetting() {
        assertThatThrownBy(() -> config().set(Setting.AGENT_DEMO_SCENARIOS, "ssh-brute-force@soon").build())
                .isInstanceOf(ConfigException.class).hasMessageContaining("agent.demo.scenarios")
                .hasMessageContaining("NAME@SECONDS[:UNIT]");
        assertThatThrownBy(() -> config().set(Setting.AGENT_DEMO_SCENARIOS, "ssh-brute-force@5; rm -rf /").build())
                .isInstanceOf(ConfigException.class).hasMessageContaining("agent.demo.scenarios");
    }

    @Test
    void theAccessLogsInputsNameTheHisWebServerOfTheirUnitTheOtherInputsNoHost() throws Exception {
        AgentPart part = new AgentPart(config().build(), Distributions.ofThisBuild());
        part.prepare();
        String yml = Files.readString(dir.resolve("state/agent/agent.yml"));
        assertThat(yml).contains("""
                  - name: bv-bach-mai-nginx-access-log
                    type: file
                    unit: bv-bach-mai
                    host: his-web-01.bvbachmai.vn
                """, """
                  - name: syt-ha-noi-nginx-access-log
                    type: file
                    unit: syt-ha-noi
                    host: his-web-01.soytehanoi.vn
                """);
        assertThat(yml.split("\n    host: ", -1)).as("two host overrides").hasSize(3);
    }
}
