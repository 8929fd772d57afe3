package vn.gov.moh.soc.portal.domain.model.drill.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A play names the rules that should catch it; those must be rules the platform ships (the local
 * stack loads only those), at a level that raises an alert, or every run would list the step as
 * missed for a reason that is ours, not the SOC's.
 */
class DrillPlayTest {
    /** Level by rule id, of every rule document under the project's rules folder. */
    private static final Map<String, String> LEVELS = new HashMap<>();

    @BeforeAll
    static void readRules() throws IOException {
        Path rules = Path.of(System.getProperty("soc.rules.dir", "../rules"));
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        try (Stream<Path> files = Files.walk(rules)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yml")).toList()) {
                try (MappingIterator<JsonNode> docs = yaml.readerFor(JsonNode.class).readValues(f.toFile())) {
                    for (JsonNode d : docs.readAll()) {
                        LEVELS.put(d.path("id").asText(), d.path("level").asText());
                    }
                }
            }
        }
        assertThat(LEVELS).as("rules read from " + rules.toAbsolutePath()).hasSizeGreaterThan(20);
    }

    @Test
    void everyDetectablePlayNamesShippedRulesThatRaiseAlerts() {
        for (DrillPlay play : DrillPlay.values()) {
            if (play == DrillPlay.QUIET_EXFILTRATION) {
                continue;
            }
            assertThat(play.expectedRules()).as(play.code()).isNotEmpty();
            for (String id : play.expectedRules()) {
                assertThat(LEVELS).as(play.code() + " expects rule " + id).containsKey(id);
                assertThat(LEVELS.get(id)).as(play.code() + "'s rule " + id).isIn(List.of("medium", "high", "critical"));
            }
        }
    }

    @Test
    void theUndetectablePlayExpectsNothingAndEveryCodeIsFoundAgain() {
        assertThat(DrillPlay.QUIET_EXFILTRATION.expectedRules()).isEmpty();
        for (DrillPlay play : DrillPlay.values()) {
            assertThat(DrillPlay.of(play.code())).isEqualTo(play);
        }
    }
}
