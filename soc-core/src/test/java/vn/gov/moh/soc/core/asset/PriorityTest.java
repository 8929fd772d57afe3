package vn.gov.moh.soc.core.asset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PriorityTest {
    @Test
    void theSameRuleIsMoreUrgentOnAHigherLevelSystem() {
        assertThat(Priority.of("high", SecurityLevel.LEVEL_1)).isEqualTo(Priority.P3);
        assertThat(Priority.of("high", SecurityLevel.LEVEL_3)).isEqualTo(Priority.P2);
        assertThat(Priority.of("high", SecurityLevel.LEVEL_4)).isEqualTo(Priority.P1);
    }

    @Test
    void aCriticalRuleIsAtLeastP2AndInformationalAtMostP4() {
        for (SecurityLevel level : SecurityLevel.values()) {
            assertThat(Priority.of("critical", level)).isLessThanOrEqualTo(Priority.P2);
            assertThat(Priority.of("informational", level)).isGreaterThanOrEqualTo(Priority.P4);
        }
    }

    @Test
    void priorityNeverDropsWhenEitherLevelRises() {
        String[] rules = {"informational", "low", "medium", "high", "critical"};
        for (int r = 0; r < rules.length; r++) {
            for (SecurityLevel level : SecurityLevel.values()) {
                Priority p = Priority.of(rules[r], level);
                if (level.number() < 5) {
                    assertThat(Priority.of(rules[r], SecurityLevel.of(level.number() + 1))).isLessThanOrEqualTo(p);
                }
                if (r < rules.length - 1) {
                    assertThat(Priority.of(rules[r + 1], level)).isLessThanOrEqualTo(p);
                }
            }
        }
    }

    @Test
    void anUnknownSystemCountsAsLevel3AndAnUnratedRuleAsMedium() {
        for (String rule : new String[] {"informational", "low", "medium", "high", "critical"}) {
            assertThat(Priority.of(rule, null)).isEqualTo(Priority.of(rule, SecurityLevel.LEVEL_3));
        }
        assertThat(Priority.of(null, SecurityLevel.LEVEL_4)).isEqualTo(Priority.of("medium", SecurityLevel.LEVEL_4));
        assertThat(Priority.of("HIGH", SecurityLevel.LEVEL_2)).isEqualTo(Priority.P2);
    }

    @Test
    void aRuleLevelOutsideSigmasIsRefused() {
        assertThatThrownBy(() -> Priority.of("severe", SecurityLevel.LEVEL_2))
                .hasMessageContaining("'severe' is not one of informational, low, medium, high, critical");
    }
}
