package vn.gov.moh.soc.jobs.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.runtime.watermarkstatus.WatermarkStatus;
import org.apache.flink.streaming.util.KeyedBroadcastOperatorTestHarness;
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
import vn.gov.moh.soc.jobs.record.EventRecord;
import vn.gov.moh.soc.jobs.record.RuleChange;
import vn.gov.moh.soc.jobs.rules.RuleBroadcast;
import vn.gov.moh.soc.jobs.rules.RuleFiles;

/** The brute-force correlation (8 failures from one source within 120 s) on keyed state, in event time. */
class CorrelateFunctionTest {
    private static final String BRUTE_FORCE = "3f0a1c52-6a7e-4c1b-9a54-2f7d1e0b8c03";
    private static final Duration LATENESS = Duration.ofSeconds(30);

    private KeyedBroadcastOperatorTestHarness<String, CorrelationHit, RuleChange, AlertRecord> harness;
    private MatchFunctionHits match;

    /** Hits made by the real match function from real events. */
    private static final class MatchFunctionHits {
        private final org.apache.flink.streaming.util.BroadcastOperatorTestHarness<EventRecord, RuleChange, AlertRecord> m;

        MatchFunctionHits() throws Exception {
            m = ProcessFunctionTestHarnesses.forBroadcastProcessFunction(
                    new MatchFunction(RuleFiles.read(List.of(RuleFiles.BUNDLED)), 3), RuleBroadcast.OVERLAYS);
        }

        void change(RuleChange change) throws Exception {
            m.processBroadcastElement(change, 0);
        }

        CorrelationHit hitFor(String correlation, long offset, String ip, int second) throws Exception {
            EventRecord e = Events.failedLogin(offset, ip, second, "root");
            int before = m.getSideOutput(MatchFunction.HITS) == null ? 0 : m.getSideOutput(MatchFunction.HITS).size();
            m.processElement(e, e.timestamp);
            List<CorrelationHit> hits = new ArrayList<>();
            m.getSideOutput(MatchFunction.HITS).forEach(r -> hits.add(r.getValue()));
            return hits.subList(before, hits.size()).stream().filter(h -> h.correlation.equals(correlation)).findFirst()
                    .orElseThrow();
        }

        CorrelationHit bruteForceHit(long offset, String ip, int second) throws Exception {
            return bruteForceHitOn("his-app-01", offset, ip, second);
        }

        CorrelationHit bruteForceHitOn(String host, long offset, String ip, int second) throws Exception {
            return bruteForceHitOf(Events.failedLogin(host, offset, ip, second, "root"));
        }

        CorrelationHit bruteForceHitOf(EventRecord e) throws Exception {
            int before = m.getSideOutput(MatchFunction.HITS) == null ? 0 : m.getSideOutput(MatchFunction.HITS).size();
            m.processElement(e, e.timestamp);
            List<CorrelationHit> hits = new ArrayList<>();
            m.getSideOutput(MatchFunction.HITS).forEach(r -> hits.add(r.getValue()));
            return hits.subList(before, hits.size()).stream().filter(h -> h.correlation.equals(BRUTE_FORCE)).findFirst()
                    .orElseThrow();
        }
    }

    @BeforeEach
    void open() throws Exception {
        harness = ProcessFunctionTestHarnesses.forKeyedBroadcastProcessFunction(
                new CorrelateFunction(1, LATENESS, RuleFiles.read(List.of(RuleFiles.BUNDLED)), 3),
                h -> h.key, Types.STRING, RuleBroadcast.OVERLAYS);
        // As in the job, the rules input is idle: the events' watermark rules.
        harness.getOperator().processWatermarkStatus2(WatermarkStatus.IDLE);
        match = new MatchFunctionHits();
    }

    @AfterEach
    void close() throws Exception {
        harness.close();
    }

    /** Entries of the function's keyed state (window, rule version, pending hits) over all keys. */
    private int keyedStateEntries() {
        return ((org.apache.flink.runtime.state.heap.HeapKeyedStateBackend<?>) harness.getOperator().getKeyedStateBackend())
                .numKeyValueStateEntries();
    }

    private static final long T0 = java.time.Instant.parse("2026-11-21T10:00:00Z").toEpochMilli();

    private void hits(String ip, int from, int count, int everySeconds) throws Exception {
        for (int i = 0; i < count; i++) {
            CorrelationHit hit = match.bruteForceHit(from + i, ip, (from + i) * everySeconds);
            harness.processElement(hit, hit.timestamp);
        }
    }

    @Test
    void eightFailuresWithin120SecondsFireOnceTheWatermarkPassesThem() throws Exception {
        hits("10.0.0.7", 0, 8, 10);
        assertThat(harness.extractOutputValues()).as("nothing before the watermark").isEmpty();

        harness.processWatermark(T0 + 70_000);

        List<AlertRecord> alerts = harness.extractOutputValues();
        assertThat(alerts).hasSize(1);
        Event doc = EventJson.read(alerts.get(0).json());
        assertThat(doc.get("rule.name")).isEqualTo("SSH Brute Force From One Source");
        assertThat(doc.get("source.ip")).isEqualTo("10.0.0.7");
        assertThat(doc.get("soc.alert.event_count")).isEqualTo(8L);
        assertThat(doc.get("soc.alert.window_start")).isEqualTo("2026-11-21T10:00:00Z");
        assertThat(doc.get("soc.alert.window_end")).isEqualTo("2026-11-21T10:01:10Z");
        assertThat(alerts.get(0).timestamp).isEqualTo(T0 + 70_000);
    }

    @Test
    void aDrillsFailuresAreCountedApartFromRealOnesOfTheSameSourceAndItsAlertIsMarked() throws Exception {
        // 8 drill failures and 7 real ones from one address within 2 minutes, interleaved
        for (int i = 0; i < 8; i++) {
            CorrelationHit drill = match.bruteForceHitOf(Events.drillFailedLogin("drill-5", 100 + i, "10.0.0.7", i * 7));
            harness.processElement(drill, drill.timestamp);
            if (i < 7) {
                CorrelationHit real = match.bruteForceHit(200 + i, "10.0.0.7", i * 7 + 3);
                harness.processElement(real, real.timestamp);
            }
        }
        harness.processWatermark(T0 + 120_000);

        List<AlertRecord> alerts = harness.extractOutputValues();
        assertThat(alerts).hasSize(1);
        Event doc = EventJson.read(alerts.get(0).json());
        assertThat(doc.get("labels.soc_drill")).isEqualTo("drill-5");
        assertThat(doc.get("source.ip")).isEqualTo("10.0.0.7");
        assertThat(doc.get("soc.alert.event_count")).isEqualTo(8L);
        assertThat((List<?>) doc.get("soc.alert.event_ids")).allSatisfy(id -> assertThat(id.toString()).contains(":10"));
    }

    @Test
    void hitsDeliveredOutOfOrderGiveTheSameAlertAsInOrder() throws Exception {
        List<CorrelationHit> ordered = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            ordered.add(match.bruteForceHit(i, "10.0.0.8", i * 10));
        }
        for (int i : new int[] {7, 2, 5, 0, 1, 6, 3, 4}) {
            harness.processElement(ordered.get(i), ordered.get(i).timestamp);
        }
        harness.processWatermark(T0 + 70_000);
        String shuffledId = harness.extractOutputValues().get(0).id;

        var inOrder = ProcessFunctionTestHarnesses.forKeyedBroadcastProcessFunction(
                new CorrelateFunction(1, LATENESS, RuleFiles.read(List.of(RuleFiles.BUNDLED)), 3),
                (CorrelationHit h) -> h.key, Types.STRING, RuleBroadcast.OVERLAYS);
        inOrder.getOperator().processWatermarkStatus2(WatermarkStatus.IDLE);
        for (CorrelationHit h : ordered) {
            inOrder.processElement(h, h.timestamp);
        }
        inOrder.processWatermark(T0 + 70_000);
        assertThat(inOrder.extractOutputValues()).extracting(a -> a.id).containsExactly(shuffledId);
        inOrder.close();
    }

    @Test
    void failuresSpreadWiderThanTheTimespanNeverFireAndTheirStateExpires() throws Exception {
        hits("10.0.0.9", 0, 8, 20);
        harness.processWatermark(T0 + 10 * 60_000);

        assertThat(harness.extractOutputValues()).isEmpty();
        assertThat(keyedStateEntries()).as("window, rule version and pending hits all gone").isZero();
        assertThat(harness.numEventTimeTimers()).isZero();
    }

    @Test
    void aHitLaterThanTheAllowedLatenessIsNotCountedButOneWithinItIs() throws Exception {
        harness.processWatermark(T0 + 200_000);
        // 7 hits within lateness of the watermark (30 s): applied at once, out of order.
        for (int i = 0; i < 7; i++) {
            CorrelationHit hit = match.bruteForceHit(i, "10.0.0.10", 175 + i * 3);
            harness.processElement(hit, hit.timestamp);
        }
        CorrelationHit tooLate = match.bruteForceHit(100, "10.0.0.10", 100);
        harness.processElement(tooLate, tooLate.timestamp);
        assertThat(harness.extractOutputValues()).as("the late hit did not count as the eighth").isEmpty();

        CorrelationHit eighth = match.bruteForceHit(8, "10.0.0.10", 199);
        harness.processElement(eighth, eighth.timestamp);
        assertThat(harness.extractOutputValues()).hasSize(1);
    }

    @Test
    void theStateOfAGroupSurvivesAChangeOfAnotherRule() throws Exception {
        hits("10.0.0.11", 0, 5, 10);
        harness.processWatermark(T0 + 45_000);
        harness.processBroadcastElement(MatchFunctionTest.change(TestRules.SUDO_ID,
                TestRules.sudoBy("Alice", "alice")), 0);
        hits("10.0.0.11", 5, 3, 10);
        harness.processWatermark(T0 + 75_000);

        assertThat(harness.extractOutputValues()).hasSize(1);
    }

    @Test
    void aCorrelationAddedOnTheTopicFiresAfterARestoreFromItsSnapshot() throws Exception {
        RuleChange twoFailures = MatchFunctionTest.change("test-two-failures", """
                title: Test Two Failures
                id: test-two-failures
                correlation:
                    type: event_count
                    rules:
                        - ssh_failed_login
                    group-by:
                        - source.ip
                    timespan: 60s
                    condition:
                        gte: 2
                level: high
                """);
        match.change(twoFailures);
        harness.processBroadcastElement(twoFailures, 0);
        for (int i = 0; i < 2; i++) {
            CorrelationHit hit = match.hitFor("test-two-failures", i, "10.0.0.13", i * 5);
            harness.processElement(hit, hit.timestamp);
        }
        var snapshot = harness.snapshot(1, 0);

        var restored = new KeyedBroadcastOperatorTestHarness<String, CorrelationHit, RuleChange, AlertRecord>(
                new org.apache.flink.streaming.api.operators.co.CoBroadcastWithKeyedOperator<>(
                        new CorrelateFunction(1, LATENESS, RuleFiles.read(List.of(RuleFiles.BUNDLED)), 3),
                        List.of(RuleBroadcast.OVERLAYS)),
                h -> h.key, Types.STRING, 1, 1, 0);
        restored.setup();
        restored.initializeState(snapshot);
        restored.open();
        restored.getOperator().processWatermarkStatus2(WatermarkStatus.IDLE);
        // The first thing after the restore is the watermark: the timer must see the topic's rule.
        restored.processWatermark(T0 + 5_000);

        assertThat(restored.extractOutputValues()).extracting(a -> EventJson.read(a.json()).text("rule.name"))
                .containsExactly("Test Two Failures");
        restored.close();
    }

    @Test
    void aHitForADeeperCorrelationIsPassedOn() throws Exception {
        CorrelationHit deeper = match.bruteForceHit(1, "10.0.0.12", 0);
        deeper.depth = 2;
        harness.processElement(deeper, deeper.timestamp);

        assertThat(harness.getSideOutput(CorrelateFunction.NEXT)).hasSize(1);
        assertThat(keyedStateEntries()).isZero();
    }

    @Test
    void aBruteForceGroupedBySourceNamesTheHostsItsFailuresWereAimedAt() throws Exception {
        for (int i = 0; i < 8; i++) {
            CorrelationHit hit = match.bruteForceHitOn(i % 2 == 0 ? "his-db-01" : "his-app-01", i, "203.0.113.9", i * 10);
            harness.processElement(hit, hit.timestamp);
        }
        // The next window, on one host only.
        for (int i = 8; i < 16; i++) {
            CorrelationHit hit = match.bruteForceHitOn("pacs-01", i, "203.0.113.9", 80 + i * 5);
            harness.processElement(hit, hit.timestamp);
        }
        harness.processWatermark(T0 + 200_000);

        List<AlertRecord> alerts = harness.extractOutputValues();
        assertThat(alerts).hasSize(2);
        Event first = EventJson.read(alerts.get(0).json());
        assertThat(first.get("source.ip")).isEqualTo("203.0.113.9");
        assertThat(first.get("organization.id")).isEqualTo("bv-bach-mai");
        assertThat(first.get("host.name")).isEqualTo(List.of("his-app-01", "his-db-01"));
        Event second = EventJson.read(alerts.get(1).json());
        assertThat(second.get("host.name")).as("the first window's hosts were not carried over").isEqualTo("pacs-01");
    }

    @Test
    void theTargetsOfAGroupAreBoundedAndExpireWithItsWindow() throws Exception {
        for (int i = 0; i < 7; i++) {
            CorrelationHit hit = match.bruteForceHitOn("host-" + i, i, "203.0.113.10", i);
            hit.targets = new String[Targets.MAX + 3];
            for (int t = 0; t < hit.targets.length; t++) {
                hit.targets[t] = "bv-bach-mai\u001fhost-" + i + "-" + t + "\u001f";
            }
            harness.processElement(hit, hit.timestamp);
        }
        CorrelationHit eighth = match.bruteForceHitOn("host-7", 7, "203.0.113.10", 7);
        harness.processElement(eighth, eighth.timestamp);
        harness.processWatermark(T0 + 10_000);

        Object hosts = EventJson.read(harness.extractOutputValues().get(0).json()).get("host.name");
        assertThat((List<?>) hosts).hasSize(Targets.MAX);

        hits("203.0.113.11", 0, 3, 10);
        harness.processWatermark(T0 + 10 * 60_000);
        assertThat(keyedStateEntries()).as("windows and targets all gone").isZero();
    }
}
