package vn.gov.moh.soc.core.sigma.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.gov.moh.soc.core.event.Event;
import vn.gov.moh.soc.core.event.LogSource;
import vn.gov.moh.soc.core.sigma.RuleLibrary;
import vn.gov.moh.soc.core.sigma.rule.SigmaRuleParser;

/**
 * The operands of a rule that the index's scan answers (case-insensitive substring lists) are
 * left out of what is evaluated for a candidate, and only those: prefix, suffix, case-sensitive
 * and keyword tests are still evaluated, and the rule's result does not change.
 */
class RuleIndexResidualTest {
    private static final LogSource PROCESS = new LogSource("windows", Set.of("process_creation"), null);

    private static CompiledRule rule(String detection) {
        String yaml = """
                title: t
                id: 11111111-1111-1111-1111-111111111111
                logsource:
                    product: windows
                    category: process_creation
                detection:
                """ + detection.indent(4);
        return RuleLibrary.compile(SigmaRuleParser.parse(yaml, "t.yml"), RuleCompiler.withDefaults()).ruleSet().rules().get(0);
    }

    private static Matcher residualOf(CompiledRule rule) {
        Set<Matcher> answered = Collections.newSetFromMap(new IdentityHashMap<>());
        RuleIndex.requiredGroups(rule.condition()).stream().filter(RuleIndex.Group::exact).forEach(g -> answered.add(g.part()));
        return RuleIndex.residual(rule.condition(), answered);
    }

    @Test
    void substringListsAreAnsweredByTheScanAndLeftOut() {
        CompiledRule rule = rule("""
                cli:
                    CommandLine|contains: ['WhoAmI', 'net user']
                img:
                    Image|endswith: '\\cmd.exe'
                filter:
                    CommandLine|contains: 'legit'
                condition: cli and img and not filter
                """);
        List<RuleIndex.Group> groups = RuleIndex.requiredGroups(rule.condition());
        assertThat(groups).anySatisfy(g -> {
            assertThat(g.literals()).extracting(RuleIndex.Literal::text).containsExactlyInAnyOrder("whoami", "net user");
            assertThat(g.exact()).isTrue();
        });
        assertThat(groups).filteredOn(g -> g.literals().get(0).field().equals("process.executable"))
                .allSatisfy(g -> assertThat(g.exact()).as("a suffix is more than a substring").isFalse());
        Matcher residual = residualOf(rule);
        assertThat(residual).isInstanceOf(ValueMatchers.AllOf.class);
        assertThat(((ValueMatchers.AllOf) residual).parts()).hasSize(2)
                .noneMatch(p -> p instanceof ValueMatchers.FieldStrings fs && fs.field().equals("process.command_line"));

        RuleIndex index = new RuleIndex(List.of(rule));
        int candidates = 0;
        for (String image : List.of("C:\\Windows\\System32\\cmd.exe", "C:\\x\\powershell.exe")) {
            for (String cli : List.of("cmd /c WHOAMI /all", "net user admin", "net user legit", "dir")) {
                Event event = event(image, cli);
                boolean candidate = !index.candidates(event(image, cli)).isEmpty();
                assertThat(candidate).as(cli).isEqualTo(!cli.equals("dir") && image.endsWith("cmd.exe"));
                assertThat(index.match(event).isEmpty()).as("%s %s", image, cli).isEqualTo(!rule.matches(event(image, cli)));
                if (candidate) {
                    candidates++;
                    assertThat(residual.matches(event)).isEqualTo(rule.matches(event));
                }
            }
        }
        assertThat(candidates).isEqualTo(3);
    }

    @Test
    void aConditionMadeOfSubstringTestsOnlyNeedsNoEvaluation() {
        CompiledRule anyOf = rule("""
                a:
                    CommandLine|contains: 'mimikatz'
                b:
                    ParentCommandLine|contains: 'sekurlsa'
                condition: 1 of them
                """);
        assertThat(residualOf(anyOf)).isSameAs(Matcher.ALWAYS);
        CompiledRule allOf = rule("sel:\n    CommandLine|contains|all: ['whoami', '/all']\ncondition: sel\n");
        assertThat(residualOf(allOf)).isSameAs(Matcher.ALWAYS);
    }

    @Test
    void otherTestsAreStillEvaluated() {
        for (String detection : List.of(
                "sel:\n    CommandLine|contains|cased: 'WhoAmI'\ncondition: sel\n",
                "sel:\n    CommandLine|startswith: 'whoami'\ncondition: sel\n",
                "sel:\n    CommandLine|contains: 'who*ami'\ncondition: sel\n",
                "keywords:\n    - 'whoami'\ncondition: keywords\n")) {
            CompiledRule rule = rule(detection);
            assertThat(residualOf(rule)).as(detection).isSameAs(rule.condition());
        }
    }

    private static Event event(String image, String cli) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("process.executable", image);
        fields.put("process.command_line", cli);
        return new Event(fields, PROCESS);
    }
}
