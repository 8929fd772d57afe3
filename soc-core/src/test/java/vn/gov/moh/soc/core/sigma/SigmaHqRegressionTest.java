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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * Files with several events where SigmaHQ's match_count (1) is lower than the number of
     * events that the rule, as written, matches. Each count here was checked by reading the rule
     * and the events: e.g. the credential-dump rule's endswith list holds '\procdump.exe',
     * '\procdump64.exe' and '\procdump64a.exe', and the file creates all three.
     */
    private static final Map<String, Integer> UPSTREAM_COUNT_TOO_LOW = Map.of(
            "file_event_win_anydesk_artefact", 3, // user.conf.new, user.conf~RF….TMP, user.conf.new again
            "file_event_win_cred_dump_tools_dropped_files", 3, // procdump64.exe, procdump64a.exe, procdump.exe
            "proc_creation_win_dtrace_kernel_dump", 2, // two dtrace.exe runs, both with lkd(0)
            "proc_creation_win_github_self_hosted_runner", 2, // the listener run, then the worker run
            "registry_set_disable_administrative_share", 2); // AutoShareServer and AutoShareWks both set to 0

    @TestFactory
    Stream<DynamicTest> everyPositiveRegressionTestMatchesItsRule() throws IOException {
        Path sigma = SharedData.dir("sigma");
        Path regression = sigma.resolve("regression_data");
        RuleCompiler compiler = RuleCompiler.withDefaults();
        EvtxJsonParser parser = new EvtxJsonParser();
        Map<String, Path> rulesById = rulesById(sigma);
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> infos = Files.walk(regression)) {
            for (Path info : infos.filter(p -> p.getFileName().toString().equals("info.yml")).sorted().toList()) {
                Path folder = info.getParent();
                Path relative = regression.relativize(folder);
                JsonNode meta = YAML.readTree(info.toFile());
                // The folder is named after the rule file; renamed rules are found by id.
                String ruleId = meta.path("rule_metadata").path(0).path("id").asText();
                Path byPath = sigma.resolve(relative.getParent()).resolve(folder.getFileName() + ".yml");
                Path ruleFile = Files.exists(byPath) ? byPath : rulesById.get(ruleId);
                String ruleName = folder.getFileName().toString();
                for (JsonNode test : meta.path("regression_tests_info")) {
                    String eventsPath = test.path("path").asText().replaceAll("\\.evtx$", ".json");
                    Path events = sigma.resolve(eventsPath);
                    int expected = UPSTREAM_COUNT_TOO_LOW.getOrDefault(ruleName, test.path("match_count").asInt(1));
                    tests.add(DynamicTest.dynamicTest(relative + " " + test.path("name").asText(), () -> {
                        assertThat(ruleFile).as("rule %s (%s)", ruleId, ruleName).isNotNull();
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

    private static Map<String, Path> rulesById(Path sigma) throws IOException {
        Map<String, Path> byId = new HashMap<>();
        for (String folder : List.of("rules", "rules-emerging-threats", "rules-threat-hunting")) {
            try (Stream<Path> files = Files.walk(sigma.resolve(folder))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".yml")).toList()) {
                    for (String line : Files.readAllLines(f)) {
                        if (line.startsWith("id: ")) {
                            byId.put(line.substring(4).trim(), f);
                            break;
                        }
                    }
                }
            }
        }
        return byId;
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
