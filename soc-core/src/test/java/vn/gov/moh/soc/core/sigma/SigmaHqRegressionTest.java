package vn.gov.moh.soc.core.sigma;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import vn.gov.moh.soc.core.event.Event;
import vn.gov.moh.soc.core.parse.EvtxJsonParser;
import vn.gov.moh.soc.core.sigma.eval.CompiledRule;
import vn.gov.moh.soc.core.sigma.eval.RuleCompiler;
import vn.gov.moh.soc.core.sigma.rule.SigmaDocuments;
import vn.gov.moh.soc.core.sigma.rule.SigmaRuleParser;
import vn.gov.moh.soc.core.testdata.SharedData;

/**
 * SigmaHQ's regression data: for every rule with a positive test, its evtx-JSON events, turned
 * into ECS events by our parser, match the rule as often as {@code match_count} says.
 */
class SigmaHqRegressionTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @TestFactory
    Stream<DynamicTest> everyPositiveRegressionTestMatchesItsRule() throws IOException {
        Path sigma = SharedData.dir("sigma");
        Path regression = sigma.resolve("regression_data");
        RuleCompiler compiler = RuleCompiler.withDefaults();
        EvtxJsonParser parser = new EvtxJsonParser();
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> infos = Files.walk(regression)) {
            for (Path info : infos.filter(p -> p.getFileName().toString().equals("info.yml")).sorted().toList()) {
                Path folder = info.getParent();
                Path relative = regression.relativize(folder);
                Path ruleFile = sigma.resolve(relative.getParent()).resolve(folder.getFileName() + ".yml");
                JsonNode meta = YAML.readTree(info.toFile());
                for (JsonNode test : meta.path("regression_tests_info")) {
                    String eventsPath = test.path("path").asText().replaceAll("\\.evtx$", ".json");
                    Path events = sigma.resolve(eventsPath);
                    int expected = test.path("match_count").asInt(1);
                    tests.add(DynamicTest.dynamicTest(relative + " " + test.path("name").asText(), () -> {
                        SigmaDocuments docs = SigmaRuleParser.parse(ruleFile);
                        assertThat(docs.rejected()).isEmpty();
                        assertThat(docs.rules()).hasSize(1);
                        CompiledRule rule = compiler.compile(docs.rules().get(0));
                        int matches = 0;
                        for (JsonNode raw : readConcatenated(events)) {
                            Event event = parser.parse(raw);
                            if (rule.matches(event)) {
                                matches++;
                            }
                        }
                        assertThat(matches).as("matches of %s in %s", ruleFile.getFileName(), events.getFileName())
                                .isEqualTo(expected);
                    }));
                }
            }
        }
        assertThat(tests).hasSizeGreaterThan(100);
        return tests.stream();
    }

    /** The files hold one or more pretty-printed JSON objects one after the other. */
    static List<JsonNode> readConcatenated(Path file) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        try (MappingIterator<JsonNode> it = JSON.readerFor(JsonNode.class).readValues(file.toFile())) {
            while (it.hasNextValue()) {
                out.add(it.nextValue());
            }
        }
        return out;
    }
}
