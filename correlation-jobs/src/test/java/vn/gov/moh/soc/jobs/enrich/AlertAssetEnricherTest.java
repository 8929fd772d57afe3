package vn.gov.moh.soc.jobs.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.flink.streaming.util.BroadcastOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.Test;
import vn.gov.moh.soc.core.event.Event;
import vn.gov.moh.soc.core.event.EventJson;
import vn.gov.moh.soc.jobs.record.AlertRecord;

/** The job's alerts through the broadcast enrichment function, as {@code CorrelationJob} wires it. */
class AlertAssetEnricherTest {

    /** A rule match's alert: its event's fields, the rule's. */
    private static AlertRecord ruleMatch(String id, String level, String unit, String host, String ip) {
        Event doc = new Event().put("@timestamp", "2026-11-21T10:00:00Z").put("event.kind", "alert").put("event.id", id)
                .put("rule.level", level).put("organization.id", unit).put("host.name", host).put("host.ip", List.of(ip));
        return new AlertRecord(id, "rule-" + id, level, 1L, EventJson.write(doc));
    }

    private static BroadcastOperatorTestHarness<AlertRecord, AssetChange, AlertRecord> harness() throws Exception {
        return ProcessFunctionTestHarnesses.forBroadcastProcessFunction(
                new AssetEnrichmentFunction<>(new AlertAssetEnricher()), AssetInventoryState.DESCRIPTOR);
    }

    @Test
    void anAlertOfAnInventoriedHostCarriesTheAssetContextAndItsPriorityInRecordAndJson() throws Exception {
        try (var h = harness()) {
            h.processBroadcastElement(AssetEnrichmentFunctionTest.asset("bm-his", "bv-bach-mai", 4, "his-web-01", "10.10.1.8/29"), 1);

            h.processElement(ruleMatch("a1", "high", "bv-bach-mai", "his-web-01", "192.0.2.1"), 2);
            h.processElement(ruleMatch("a2", "medium", "bv-bach-mai", "laptop-7", "10.10.1.12"), 2);

            List<AlertRecord> out = h.extractOutputValues();
            AlertRecord byName = out.get(0);
            assertThat(byName.priority).isEqualTo("P1");
            assertThat(byName.assetId).isEqualTo("bm-his");
            assertThat(byName.systemId).isEqualTo("bm-his-sys");
            assertThat(byName.systemLevel).isEqualTo(4);
            assertThat(EventJson.read(byName.json()).fields()).containsEntry("soc.alert.priority", "P1")
                    .containsEntry("soc.asset.id", "bm-his").containsEntry("soc.system.id", "bm-his-sys")
                    .containsEntry("soc.system.name", "HIS bv-bach-mai").containsEntry("soc.system.level", 4L)
                    .containsEntry("soc.system.criticality", "critical").containsEntry("host.name", "his-web-01")
                    .containsEntry("event.id", "a1");
            assertThat(byName.id).isEqualTo("a1");
            assertThat(byName.ruleId).isEqualTo("rule-a1");

            AlertRecord byAddress = out.get(1);
            assertThat(byAddress.assetId).isEqualTo("bm-his");
            assertThat(byAddress.priority).as("medium rule on a level-4 system").isEqualTo("P2");
        }
    }

    @Test
    void anAlertOfAnUnknownHostOrOtherUnitIsPrioritizedAsOnAnUnknownSystem() throws Exception {
        try (var h = harness()) {
            h.processElement(ruleMatch("before", "high", "bv-bach-mai", "his-web-01", "10.10.1.11"), 1);
            h.processBroadcastElement(AssetEnrichmentFunctionTest.asset("bm-his", "bv-bach-mai", 2, "his-web-01", "10.10.1.8/29"), 2);
            // Same host name and address plan, another hospital: not this asset.
            h.processElement(ruleMatch("other-unit", "critical", "syt-ha-noi", "his-web-01", "10.10.1.11"), 3);

            List<AlertRecord> out = h.extractOutputValues();
            assertThat(out).extracting(a -> a.priority).containsExactly("P2", "P1");
            assertThat(out).allSatisfy(a -> {
                assertThat(a.assetId).isNull();
                assertThat(a.systemLevel).isZero();
                assertThat(EventJson.read(a.json()).fields()).doesNotContainKey("soc.asset.id")
                        .containsKey("soc.alert.priority");
            });
        }
    }

    @Test
    void aCorrelationAlertWithoutHostGetsOnlyItsPriority() throws Exception {
        try (var h = harness()) {
            h.processBroadcastElement(AssetEnrichmentFunctionTest.asset("bm-his", "bv-bach-mai", 3, "his-web-01", "10.10.1.8/29"), 1);
            Event doc = new Event().put("event.kind", "alert").put("source.ip", "10.10.1.9");
            h.processElement(new AlertRecord("c1", "brute", "low", 1L, EventJson.write(doc)), 2);

            AlertRecord out = h.extractOutputValues().get(0);
            // source.ip is the attacker, not the asset: it must not resolve to the HIS.
            assertThat(out.assetId).isNull();
            assertThat(out.priority).isEqualTo("P4");
        }
    }

    /** A correlation's alert grouped by source.ip, with the targets the correlate stage carried. */
    private static AlertRecord correlation(String id, String level, Object units, Object hosts, String source) {
        Event doc = new Event().put("event.kind", "alert").put("event.id", id).put("source.ip", source)
                .put("organization.id", units).put("host.name", hosts);
        return new AlertRecord(id, "brute", level, 1L, EventJson.write(doc));
    }

    @Test
    void aCorrelationOverSeveralHostsTakesTheAssetAndPriorityOfTheMostSensitiveSystem() throws Exception {
        try (var h = harness()) {
            h.processBroadcastElement(AssetEnrichmentFunctionTest.asset("bm-his", "bv-bach-mai", 3, "his-web-01", "10.10.1.8/29"), 1);
            h.processBroadcastElement(AssetEnrichmentFunctionTest.asset("bm-pacs", "bv-bach-mai", 4, "pacs-01", "10.10.2.0/28"), 1);

            h.processElement(correlation("c1", "high", "bv-bach-mai", List.of("his-web-01", "pacs-01", "laptop-9"),
                    "203.0.113.5"), 2);
            h.processElement(correlation("c2", "high", "bv-bach-mai", "his-web-01", "203.0.113.5"), 2);

            List<AlertRecord> out = h.extractOutputValues();
            assertThat(out.get(0).assetId).as("level 4 wins over level 3").isEqualTo("bm-pacs");
            assertThat(out.get(0).systemLevel).isEqualTo(4);
            assertThat(out.get(0).priority).as("high rule on a level-4 system").isEqualTo("P1");
            assertThat(EventJson.read(out.get(0).json()).fields()).containsEntry("soc.system.id", "bm-pacs-sys")
                    .containsEntry("host.name", List.of("his-web-01", "pacs-01", "laptop-9"))
                    .doesNotContainKey("soc.source.asset.id");
            assertThat(out.get(1).assetId).isEqualTo("bm-his");
            assertThat(out.get(1).priority).isEqualTo("P2");
        }
    }

    @Test
    void anInternalSourceGetsItsOwnAssetContextBesideTheTargetsWithoutChangingThePriority() throws Exception {
        try (var h = harness()) {
            h.processBroadcastElement(AssetEnrichmentFunctionTest.asset("bm-his", "bv-bach-mai", 3, "his-web-01", "10.10.1.8/29"), 1);
            h.processBroadcastElement(AssetEnrichmentFunctionTest.asset("bm-office", "bv-bach-mai", 1, "ws-01", "10.10.9.0/24"), 1);
            h.processBroadcastElement(AssetEnrichmentFunctionTest.asset("hn-office", "syt-ha-noi", 5, "ws-01", "10.10.8.0/24"), 1);

            h.processElement(correlation("inside", "high", "bv-bach-mai", "his-web-01", "10.10.9.40"), 2);
            // The same address in another unit's plan is not this unit's machine.
            h.processElement(correlation("other-plan", "high", "bv-bach-mai", "his-web-01", "10.10.8.40"), 2);

            List<AlertRecord> out = h.extractOutputValues();
            AlertRecord inside = out.get(0);
            assertThat(inside.assetId).as("the attacked system stays the alert's asset").isEqualTo("bm-his");
            assertThat(inside.priority).as("from the target's level 3, not the source's level 1").isEqualTo("P2");
            assertThat(EventJson.read(inside.json()).fields()).containsEntry("soc.source.asset.id", "bm-office")
                    .containsEntry("soc.source.system.id", "bm-office-sys").containsEntry("soc.source.system.level", 1L)
                    .containsEntry("soc.source.system.criticality", "critical").containsEntry("soc.asset.id", "bm-his");
            assertThat(EventJson.read(out.get(1).json()).fields()).doesNotContainKey("soc.source.asset.id");
        }
    }
}
