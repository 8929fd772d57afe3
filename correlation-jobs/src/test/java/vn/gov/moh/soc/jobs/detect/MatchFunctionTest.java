package vn.gov.moh.soc.jobs.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.flink.streaming.util.BroadcastOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.gov.moh.soc.core.event.Event;
import vn.gov.moh.soc.core.event.EventJson;
import vn.gov.moh.soc.jobs.Events;
import vn.gov.moh.soc.jobs.TestRules;
import vn.gov.moh.soc.jobs.record.AlertRecord;
import vn.gov.moh.soc.jobs.record.CorrelationHit;
import vn.gov.moh.soc.jobs.record.DeadLetter;
import vn.gov.moh.soc.jobs.record.EventRecord;
import vn.gov.moh.soc.jobs.record.RuleChange;
import vn.gov.moh.soc.jobs.rules.RuleBroadcast;
import vn.gov.moh.soc.jobs.rules.RuleFiles;

class MatchFunctionTest {
    private BroadcastOperatorTestHarness<EventRecord, RuleChange, AlertRecord> harness;

    @BeforeEach
    void open() throws Exception {
        harness = ProcessFunctionTestHarnesses.forBroadcastProcessFunction(
                new MatchFunction(RuleFiles.read(List.of(RuleFiles.BUNDLED)), 3), RuleBroadcast.OVERLAYS);
    }

    @AfterEach
    void close() throws Exception {
        harness.close();
    }

    static EventRecord sudo(long offset, String user) {
        return Events.of("syslog", offset, "<86>1 2026-11-21T10:00:00Z his-app-01 sudo - - - " + user
                + " : TTY=pts/0 ; PWD=/root ; USER=root ; COMMAND=/bin/ls");
    }

    static RuleChange change(String id, String yaml) {
        return new RuleChange(id, yaml, "soc.rules/0/1", 0);
    }

    private List<String> titles() {
        return harness.extractOutputValues().stream().map(a -> EventJson.read(a.json()).text("rule.name")).toList();
    }

    @Test
    void aRuleMatchIsAnAlertDocumentWithAStableIdAndTheEvent() throws Exception {
        EventRecord request = Events.of("access-log", 1, "10.0.0.9 - - [21/Nov/2026:10:00:00 +0700] "
                + "\"GET /portal/?id=1%20or%201=1 HTTP/1.1\" 200 512 \"-\" \"Mozilla/5.0 (Windows NT 10.0; Win64; x64)\"");
        harness.processElement(request, request.timestamp);
        harness.processElement(request, request.timestamp);

        List<AlertRecord> alerts = harness.extractOutputValues();
        assertThat(alerts).hasSize(2);
        assertThat(alerts.get(0).id).as("a replay gets the same id").isEqualTo(alerts.get(1).id);
        Event doc = EventJson.read(alerts.get(0).json());
        assertThat(doc.get("rule.name")).isEqualTo("SQL Injection Attempt On A Hospital Portal");
        assertThat(doc.get("event.kind")).isEqualTo("alert");
        assertThat(doc.get("event.id")).isEqualTo(alerts.get(0).id);
        assertThat(doc.get("soc.alert.event_ids")).isEqualTo(List.of(request.id));
        assertThat(doc.get("source.ip")).isEqualTo("10.0.0.9");
        assertThat(doc.get("threat.technique.id")).isEqualTo(List.of("T1190"));
        assertThat(alerts.get(0).level).isEqualTo("high");
    }

    @Test
    void aRuleThatOnlyFeedsCorrelationsRaisesNoAlertButHitsForEachCorrelation() throws Exception {
        // An existing, ordinary account: a single failure raises no alert of its own (a typo), unlike root.
        EventRecord failed = Events.failedLogin(1, "10.9.9.9", 0, "lan.nguyen");
        harness.processElement(failed, failed.timestamp);

        assertThat(harness.extractOutputValues()).isEmpty();
        List<CorrelationHit> hits = harness.getSideOutput(MatchFunction.HITS).stream().map(r -> r.getValue()).toList();
        assertThat(hits).extracting(h -> h.correlation).containsExactlyInAnyOrder(
                "3f0a1c52-6a7e-4c1b-9a54-2f7d1e0b8c03", "3f0a1c52-6a7e-4c1b-9a54-2f7d1e0b8c04",
                "3f0a1c52-6a7e-4c1b-9a54-2f7d1e0b8c06");
        assertThat(hits).allSatisfy(h -> {
            assertThat(h.group).containsExactly("10.9.9.9");
            assertThat(h.depth).isEqualTo(1);
            assertThat(h.eventId).isEqualTo(failed.id);
            assertThat(h.timestamp).isEqualTo(failed.timestamp);
        });
        assertThat(hits).filteredOn(h -> h.correlation.endsWith("8c04")).extracting(h -> h.value).containsExactly("lan.nguyen");
    }

    @Test
    void aRuleAddedReplacedAndDisabledOnTheTopicTakesEffectOnTheNextEvents() throws Exception {
        harness.processElement(sudo(1, "alice"), 0);
        harness.processBroadcastElement(change("test-sudo", TestRules.sudoBy("Alice", "alice")), 0);
        harness.processElement(sudo(2, "alice"), 0);
        harness.processBroadcastElement(change("test-sudo", TestRules.sudoBy("Bob", "bob")), 0);
        harness.processElement(sudo(3, "alice"), 0);
        harness.processElement(sudo(4, "bob"), 0);
        harness.processBroadcastElement(change("test-sudo", null), 0);
        harness.processElement(sudo(5, "bob"), 0);

        assertThat(titles()).containsExactly("Sudo By Alice", "Sudo By Bob");
        assertThat(harness.getSideOutput(MatchFunction.DEAD_LETTERS)).isNullOrEmpty();
    }

    @Test
    void anInvalidRuleIsRejectedWithItsReasonAndTheRuleBeforeItStays() throws Exception {
        harness.processBroadcastElement(change("test-sudo", TestRules.sudoBy("Alice", "alice")), 0);
        harness.processBroadcastElement(change("test-sudo", TestRules.sudoBy("Broken", "bob")
                .replace("condition: selection", "condition: selection and nothing")), 0);
        harness.processBroadcastElement(change("other-id", TestRules.sudoBy("Mislabelled", "eve")), 0);
        harness.processBroadcastElement(change("test-yaml", "title: [unclosed"), 0);
        harness.processElement(sudo(1, "alice"), 0);

        assertThat(titles()).containsExactly("Sudo By Alice");
        List<DeadLetter> rejected = harness.getSideOutput(MatchFunction.DEAD_LETTERS).stream().map(r -> r.getValue()).toList();
        assertThat(rejected).extracting(d -> d.id).containsExactly("test-sudo", "other-id", "test-yaml");
        assertThat(rejected).allSatisfy(d -> assertThat(d.source).isEqualTo("rules"));
        assertThat(rejected.get(0).reason).contains("nothing");
        assertThat(rejected.get(1).reason).contains("key 'other-id' is not the rule's id 'test-sudo'");
        assertThat(rejected.get(2).reason).contains("not valid YAML");
    }

    @Test
    void anEventTheRulesCannotEvaluateIsADeadLetterAndTheNextIsMatched() throws Exception {
        harness.processElement(new EventRecord("broken-1", 0, "h", "{not json".getBytes(java.nio.charset.StandardCharsets.UTF_8)), 0);
        EventRecord request = Events.of("access-log", 2, "10.0.0.9 - - [21/Nov/2026:10:00:00 +0700] "
                + "\"GET /portal/?id=1%20or%201=1 HTTP/1.1\" 200 512 \"-\" \"Mozilla/5.0 (Windows NT 10.0; Win64; x64)\"");
        harness.processElement(request, request.timestamp);

        List<DeadLetter> dead = harness.getSideOutput(MatchFunction.DEAD_LETTERS).stream().map(r -> r.getValue()).toList();
        assertThat(dead).hasSize(1);
        assertThat(dead.get(0).id).isEqualTo("broken-1");
        assertThat(dead.get(0).source).isEqualTo("match");
        assertThat(dead.get(0).reason).startsWith("cannot evaluate the rules:");
        assertThat(titles()).containsExactly("SQL Injection Attempt On A Hospital Portal");
    }

    @Test
    void disablingARuleThatACorrelationNeedsIsRejected() throws Exception {
        harness.processBroadcastElement(change("3f0a1c52-6a7e-4c1b-9a54-2f7d1e0b8c01", null), 0);

        List<DeadLetter> rejected = harness.getSideOutput(MatchFunction.DEAD_LETTERS).stream().map(r -> r.getValue()).toList();
        assertThat(rejected).hasSize(1);
        assertThat(rejected.get(0).reason).startsWith("the change would make these rules fail")
                .contains("ssh_failed_login");
    }
}
