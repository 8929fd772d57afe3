package vn.gov.moh.soc.core.sigma;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gov.moh.soc.core.event.Event;
import vn.gov.moh.soc.core.event.LogSource;
import vn.gov.moh.soc.core.sigma.correlation.CorrelationAlert;
import vn.gov.moh.soc.core.sigma.rule.CorrelationRule;
import vn.gov.moh.soc.core.sigma.rule.SigmaRule;
import vn.gov.moh.soc.core.sigma.rule.SigmaRuleParser;

class AlertGroupNameTest {
    private static final SigmaRule SSH = SigmaRuleParser.parse("""
            title: SSH failed
            id: r-ssh
            level: medium
            logsource: {product: linux}
            detection:
              selection: {message|contains: 'Failed password'}
              condition: selection
            """, "test").rules().get(0);
    private static final CorrelationRule BRUTE = SigmaRuleParser.parse("""
            title: Brute force
            id: r-brute
            level: high
            correlation:
              type: event_count
              rules: [r-ssh]
              group-by: [source.ip, user.name]
              timespan: 5m
              condition: {gte: 5}
            """, "test").correlations().get(0);

    private static Event event(Map<String, Object> fields) {
        return new Event(new HashMap<>(fields), LogSource.UNKNOWN);
    }

    @Test
    void aRuleMatchIsGroupedByRuleAndHost() {
        Event doc = AlertDocument.of(new Alert.RuleMatch(SSH, event(Map.of("event.id", "e1", "host.name", "his-web-01"))));

        assertThat(doc.text(AlertGroupName.FIELD)).isEqualTo("r-ssh\u001Fhhis-web-01");
        assertThat(AlertGroupName.parse(doc.text(AlertGroupName.FIELD))).isEqualTo(new AlertGroupName("r-ssh", "his-web-01", true));
    }

    @Test
    void aRuleMatchWithoutHostHasAGroupOfItsOwnAndSeveralHostsGoByTheFirst() {
        Event none = AlertDocument.of(new Alert.RuleMatch(SSH, event(Map.of("event.id", "e1"))));
        Event two = AlertDocument.of(new Alert.RuleMatch(SSH, event(Map.of("event.id", "e2", "host.name", List.of("a", "b")))));

        assertThat(AlertGroupName.parse(none.text(AlertGroupName.FIELD))).isEqualTo(new AlertGroupName("r-ssh", null, true));
        assertThat(none.text(AlertGroupName.FIELD)).isEqualTo("r-ssh\u001Fn");
        assertThat(AlertGroupName.parse(two.text(AlertGroupName.FIELD)).key()).isEqualTo("a");
    }

    @Test
    void aCorrelationIsGroupedByItsGroupKeyWhateverHostsItNames() {
        Instant end = Instant.parse("2026-11-30T10:05:00Z");
        Event doc = AlertDocument.of(new Alert.Correlation(new CorrelationAlert(BRUTE,
                Map.of("user.name", "root", "source.ip", "10.0.0.9"), end.minusSeconds(300), end, 6, 6, List.of("e1"))));
        doc.put("host.name", List.of("h1", "h2"));

        AlertGroupName group = AlertGroupName.parse(doc.text(AlertGroupName.FIELD));
        assertThat(group).isEqualTo(new AlertGroupName("r-brute", "source.ip=10.0.0.9,user.name=root", false));
        assertThat(AlertGroupName.of(doc)).as("recomputed from the document after the hosts were added").isEqualTo(group);
    }

    @Test
    void theKeysOfARuleSortBeforeItsHostsAndTheRuleEndsAtTheFirstSeparator() {
        String keyed = new AlertGroupName("r", "zzz", false).value();
        String host = new AlertGroupName("r", "aaa", true).value();
        String noHost = new AlertGroupName("r", null, true).value();
        assertThat(List.of(noHost, host, keyed).stream().sorted().toList()).containsExactly(keyed, host, noHost);

        AlertGroupName odd = new AlertGroupName("rule\u001Fwith separator", "key\u001Fwith separator", false);
        assertThat(AlertGroupName.parse(odd.value())).isEqualTo(odd);
        assertThat(odd.ruleId()).isEqualTo("rule\uFFFDwith separator");
    }

    @Test
    void aValueNotMadeByTheJobIsRefusedNamingIt() {
        assertThatThrownBy(() -> AlertGroupName.parse("no separator")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no separator");
        assertThatThrownBy(() -> AlertGroupName.parse("r\u001Fx1")).hasMessageContaining("kind x");
        assertThatThrownBy(() -> AlertGroupName.parse("r\u001Fnkey")).hasMessageContaining("holds a key");
        assertThatThrownBy(() -> new AlertGroupName("r", null, false)).hasMessageContaining("group key");
    }

    @Test
    void aDocumentWithoutRuleIdGoesByTheRuleTitleAndOneWithoutRuleHasNoGroup() {
        assertThat(AlertGroupName.of(event(Map.of("rule.name", "Untitled id", "host.name", "h"))))
                .isEqualTo(new AlertGroupName("Untitled id", "h", true));
        assertThat(AlertGroupName.of(event(Map.of("host.name", "h")))).isNull();
    }
}
