package vn.gov.moh.soc.core.sigma;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.gov.moh.soc.core.event.Event;
import vn.gov.moh.soc.core.event.LogSource;
import vn.gov.moh.soc.core.sigma.condition.ConditionException;
import vn.gov.moh.soc.core.sigma.condition.ConditionParser;
import vn.gov.moh.soc.core.sigma.eval.CompiledRule;
import vn.gov.moh.soc.core.sigma.eval.RuleCompiler;
import vn.gov.moh.soc.core.sigma.rule.SigmaDocuments;
import vn.gov.moh.soc.core.sigma.rule.SigmaRuleParser;

/** Hostile rule files: each is rejected with a reason, quickly, and never takes the loader down. */
class HostileRulesTest {

    private static SigmaDocuments parse(String yaml) {
        return assertTimeoutPreemptively(Duration.ofSeconds(20), () -> SigmaRuleParser.parse(yaml, "hostile.yml"));
    }

    @Test
    void deepYamlIsRejected() {
        String deep = "title: x\ndetection:\n  s: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n";
        SigmaDocuments docs = parse(deep);
        assertThat(docs.rules()).isEmpty();
        assertThat(docs.rejected()).singleElement().satisfies(e -> assertThat(e.reason()).contains("not valid YAML"));
    }

    /** Where the YAML parser stops is kept, so that an editor can point at the line. */
    @Test
    void brokenYamlIsRejectedWithItsLine() {
        SigmaDocuments docs = parse("title: x\nid: r-1\ndetection:\n  s: [a\n  condition: }\n");
        assertThat(docs.rejected()).singleElement().satisfies(e -> {
            assertThat(e.reason()).contains("not valid YAML");
            assertThat(e.line()).isBetween(4, 5);
        });
    }

    /** A billion-laughs document: the YAML reader does not expand aliases into memory; the file is simply not a rule. */
    @Test
    void aliasBombIsRejected() {
        StringBuilder yaml = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 30; i++) {
            yaml.append("a").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 10; j++) {
                yaml.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            yaml.append("]\n");
        }
        SigmaDocuments docs = parse(yaml.toString());
        assertThat(docs.rules()).isEmpty();
        assertThat(docs.rejected()).singleElement().satisfies(e -> assertThat(e.getMessage()).startsWith("hostile.yml"));
    }

    @Test
    void aRuleWithAHugeValueLoadsAndEvaluatesInLinearTime() {
        String value = "a".repeat(200_000);
        SigmaDocuments docs = parse("title: x\nlogsource: {product: test}\ndetection:\n  s:\n    f|contains: '" + value
                + "'\n  r:\n    f|re: '(a|a)*b'\n  condition: s or r\n");
        assertThat(docs.rejected()).isEmpty();
        CompiledRule rule = RuleCompiler.withDefaults().compile(docs.rules().get(0));
        Event event = new Event().put("f", "a".repeat(500_000)).logSource(LogSource.of("test", null));
        boolean matched = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> rule.matches(event));
        assertThat(matched).isTrue();
    }

    @Test
    void randomConditionsFailOnlyWithConditionErrors() {
        Random random = new Random(7);
        String[] words = {"a", "b", "and", "or", "not", "(", ")", "1", "all", "of", "them", "x*", "|", "count()", "#"};
        for (int i = 0; i < 20_000; i++) {
            StringBuilder c = new StringBuilder();
            for (int j = random.nextInt(12); j >= 0; j--) {
                c.append(words[random.nextInt(words.length)]).append(' ');
            }
            try {
                ConditionParser.parse(c.toString());
            } catch (ConditionException expected) {
                assertThat(expected.getMessage()).isNotBlank();
            }
        }
        String nested = "(".repeat(100_000) + "a" + ")".repeat(100_000);
        try {
            ConditionParser.parse(nested);
        } catch (ConditionException expected) {
            assertThat(expected.getMessage()).contains("longer than");
        }
    }
}
