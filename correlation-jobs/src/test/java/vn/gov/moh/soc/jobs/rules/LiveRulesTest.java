package vn.gov.moh.soc.jobs.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gov.moh.soc.core.sigma.eval.CompiledRule;
import vn.gov.moh.soc.jobs.TestRules;
import vn.gov.moh.soc.jobs.record.RuleChange;

class LiveRulesTest {
    private static final String SQL_INJECTION = "7c2b9e10-1d4f-4b7a-8e3c-5a6f0d2c9e01";

    private static CompiledRule rule(LiveRules live, String id) {
        return live.library().ruleSet().rules().stream().filter(r -> id.equals(r.rule().id())).findFirst().orElse(null);
    }

    @Test
    void aChangeCompilesOnlyTheRuleItBrings() {
        LiveRules live = new LiveRules(RuleFiles.read(List.of(RuleFiles.BUNDLED)), 3);
        CompiledRule before = rule(live, SQL_INJECTION);

        assertThat(live.apply(new RuleChange(TestRules.SUDO_ID, TestRules.sudoBy("A", "a"), "t", 0))).isNull();
        assertThat(live.apply(new RuleChange(TestRules.SUDO_ID, TestRules.sudoBy("B", "b"), "t", 0))).isNull();

        assertThat(rule(live, SQL_INJECTION)).isSameAs(before);
        assertThat(rule(live, TestRules.SUDO_ID).rule().title()).isEqualTo("Sudo By B");
    }

    @Test
    void aRejectedChangeLeavesTheLibraryAsItWas() {
        LiveRules live = new LiveRules(RuleFiles.read(List.of(RuleFiles.BUNDLED)), 3);
        int rules = live.library().ruleSet().size();

        String reason = live.apply(new RuleChange(SQL_INJECTION, "title: broken\nid: " + SQL_INJECTION
                + "\nlogsource:\n  category: webserver\ndetection:\n  condition: missing\n", "t", 0));

        assertThat(reason).isNotNull();
        assertThat(live.library().ruleSet().size()).isEqualTo(rules);
        assertThat(rule(live, SQL_INJECTION).rule().title()).isEqualTo("SQL Injection Attempt On A Hospital Portal");
    }

    @Test
    void aCorrelationChainedDeeperThanTheStagesIsRejected() {
        LiveRules live = new LiveRules(RuleFiles.read(List.of(RuleFiles.BUNDLED)), 1);

        assertThat(live.rejected()).containsKey("3f0a1c52-6a7e-4c1b-9a54-2f7d1e0b8c05");
        assertThat(live.rejected().get("3f0a1c52-6a7e-4c1b-9a54-2f7d1e0b8c05")).contains("correlation.max-depth is 1");
    }

    @Test
    void instancesFromTheSameTextsShareTheCompiledRulesButNotTheirChanges() {
        // Two functions of a job: each gets its own copy of the texts when Flink deserializes it.
        LiveRules first = new LiveRules(RuleFiles.read(List.of(RuleFiles.BUNDLED)), 3);
        LiveRules second = new LiveRules(RuleFiles.read(List.of(RuleFiles.BUNDLED)), 3);
        first.prepare();
        second.prepare();

        assertThat(rule(second, SQL_INJECTION)).isSameAs(rule(first, SQL_INJECTION));

        assertThat(first.apply(new RuleChange(TestRules.SUDO_ID, TestRules.sudoBy("A", "a"), "t", 0))).isNull();
        assertThat(rule(first, TestRules.SUDO_ID).rule().title()).isEqualTo("Sudo By A");
        assertThat(rule(second, TestRules.SUDO_ID)).isNull(); // not a bundled rule: only the first took the change
        assertThat(rule(second, SQL_INJECTION)).isSameAs(rule(first, SQL_INJECTION));
    }
}
