package vn.gov.moh.soc.core.sigma;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.gov.moh.soc.core.event.Event;
import vn.gov.moh.soc.core.parse.EvtxJsonParser;
import vn.gov.moh.soc.core.sigma.eval.CompiledRule;
import vn.gov.moh.soc.core.sigma.eval.RuleSet;
import vn.gov.moh.soc.core.testdata.SharedData;

/**
 * The literal index only skips rules that cannot match: with all SigmaHQ rules loaded, the
 * indexed evaluation finds exactly what evaluating every rule of the log source finds, on real
 * events and on variants of them with field values swapped between events.
 */
class RuleIndexEquivalenceTest {

    @Test
    void indexedMatchingFindsWhatEvaluatingEveryRuleFinds() throws Exception {
        Path sigma = SharedData.dir("sigma");
        RuleSet rules = RuleLibrary.load(List.of(sigma.resolve("rules"), sigma.resolve("rules-emerging-threats"),
                sigma.resolve("rules-threat-hunting"))).ruleSet();
        EvtxJsonParser parser = new EvtxJsonParser();
        List<Event> events = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sigma.resolve("regression_data"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                for (JsonNode node : SigmaHqRegressionTest.readConcatenated(f)) {
                    events.add(parser.parse(node));
                }
            }
        }
        // Variants: values of one event's fields moved into another of the same log source.
        Random random = new Random(11);
        int originals = events.size();
        for (int i = 0; i < 2000; i++) {
            Event a = events.get(random.nextInt(originals));
            Event b = events.get(random.nextInt(originals));
            Map<String, Object> fields = new HashMap<>(a.fields());
            List<String> keys = new ArrayList<>(b.fields().keySet());
            for (int k = 0; k < 3 && !keys.isEmpty(); k++) {
                String key = keys.get(random.nextInt(keys.size()));
                fields.put(key, b.get(key));
            }
            events.add(new Event(fields, a.logSource()));
        }

        int matched = 0;
        for (Event e : events) {
            List<String> indexed = ids(rules.match(copy(e)));
            List<String> every = ids(rules.matchEveryCandidate(copy(e)));
            assertThat(indexed).as("event %s", e.fields().get("winlog.record_id")).isEqualTo(every);
            matched += every.size();
        }
        assertThat(matched).isGreaterThan(originals);
        int[] coverage = rules.indexCoverage(events.get(0).logSource());
        System.out.printf("index: %d of %d rules of the first event's log source are indexed; %d matches checked%n",
                coverage[0], coverage[1], matched);
    }

    private static Event copy(Event e) {
        return new Event(new HashMap<>(e.fields()), e.logSource());
    }

    private static List<String> ids(List<CompiledRule> rules) {
        return rules.stream().map(r -> r.rule().source()).toList();
    }
}
