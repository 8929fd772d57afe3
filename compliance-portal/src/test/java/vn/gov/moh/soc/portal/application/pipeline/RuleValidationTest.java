package vn.gov.moh.soc.portal.application.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Sigma rules checked with soc-core's engine before the portal publishes them. */
class RuleValidationTest {
    private static final String RULE = TestRules.REFUSED_SUDO;

    private static RuleValidation.Problem problem(String yaml, String expectedId) {
        try {
            RuleValidation.validate(yaml, expectedId);
        } catch (InvalidRuleException e) {
            return e.problems().get(0);
        }
        throw new AssertionError("the rule was accepted");
    }

    @Test
    void aValidRuleGivesItsIdTitleAndLevel() {
        RuleValidation.ValidRule r = RuleValidation.validate(RULE, null);

        assertThat(r.id()).isEqualTo(TestRules.REFUSED_SUDO_ID);
        assertThat(r.kind()).isEqualTo("rule");
        assertThat(r.title()).isEqualTo("Refused sudo (portal)");
        assertThat(r.level()).isEqualTo("high");
        assertThat(r.yaml()).isEqualTo(RULE);
    }

    @Test
    void brokenYamlNamesItsLine() {
        String yaml = RULE.replace("  condition: selection", "  condition: [selection\n   bad: }");

        RuleValidation.Problem p = problem(yaml, null);

        assertThat(p.field()).isEqualTo("yaml");
        assertThat(p.line()).isBetween(11, 13);
        assertThat(p.message()).contains("not valid YAML");
    }

    @Test
    void aConditionNamingAnUnknownSearchIsRefused() {
        RuleValidation.Problem p = problem(RULE.replace("condition: selection", "condition: selection and nothere"), null);

        assertThat(p.message()).contains("nothere");
    }

    @Test
    void aRuleWithoutDetectionIsRefused() {
        String yaml = "title: x\nid: r-1\nlogsource:\n  product: linux\n";

        assertThat(problem(yaml, null).message()).contains("none of detection, filter or correlation");
    }

    @Test
    void twoRulesInOneBodyAreRefused() {
        String second = RULE.replace(TestRules.REFUSED_SUDO_ID, "another-rule-id");

        assertThat(problem(RULE + "---\n" + second, null).message()).contains("exactly one").contains("holds 2");
    }

    @Test
    void anEditMustKeepTheIdOfThePath() {
        RuleValidation.Problem p = problem(RULE, "other-id");

        assertThat(p.field()).isEqualTo("id");
        assertThat(p.message()).contains("other-id");
    }

    @Test
    void anEmptyBodyIsRefused() {
        assertThat(problem("  \n", null).message()).contains("empty");
    }

    @Test
    void aTooLongRuleIsRefusedBeforeParsing() {
        assertThatThrownBy(() -> RuleValidation.validate(RULE + "#" + "x".repeat(RuleValidation.MAX_CHARS), null))
                .isInstanceOf(InvalidRuleException.class).hasMessageContaining("at most " + RuleValidation.MAX_CHARS);
    }

    /** A real SigmaHQ rule is accepted as the job accepts it. */
    @Test
    void aSigmaHqRuleIsAccepted() throws IOException {
        String data = System.getProperty("soc.shared.data");
        assumeThat(data).as("system property soc.shared.data (SigmaHQ rules) is not set").isNotNull();
        Path file = Path.of(data, "sigma", "rules", "linux", "process_creation", "proc_creation_lnx_susp_java_children.yml");
        assumeThat(Files.exists(file)).as("missing shared data file " + file).isTrue();

        RuleValidation.ValidRule r = RuleValidation.validate(Files.readString(file, StandardCharsets.UTF_8), null);

        assertThat(r.id()).isNotBlank();
    }
}
