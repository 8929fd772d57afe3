package vn.gov.moh.soc.jobs.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.streaming.api.operators.co.CoBroadcastWithNonKeyedOperator;
import org.apache.flink.streaming.util.BroadcastOperatorTestHarness;
import org.apache.flink.streaming.util.KeyedBroadcastOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.Test;
import vn.gov.moh.soc.core.asset.Asset;
import vn.gov.moh.soc.core.asset.Priority;
import vn.gov.moh.soc.core.event.Event;

/** The enrichment functions in Flink's broadcast operator test harnesses. */
class AssetEnrichmentFunctionTest {

    static AssetChange asset(String id, String unit, int level, String host, String range) {
        String json = "{\"id\":\"" + id + "\",\"unit\":\"" + unit + "\",\"system\":{\"id\":\"" + id + "-sys\",\"name\":\""
                + "HIS " + unit + "\",\"level\":" + level + "},\"criticality\":\"critical\",\"hosts\":[\"" + host
                + "\"],\"ranges\":[\"" + range + "\"]}";
        return AssetChange.upsert(id, json.getBytes(StandardCharsets.UTF_8));
    }

    private static Event event(String unit, String host, String ip) {
        return new Event().put("organization.id", unit).put("host.name", host).put("host.ip", List.of(ip));
    }

    /** A stand-in for the job's alert type: the rule level in, the asset and priority out. */
    static final class TestAlert {
        String unit;
        String host;
        String ruleLevel;
        String assetId;
        Priority priority;

        TestAlert(String unit, String host, String ruleLevel) {
            this.unit = unit;
            this.host = host;
            this.ruleLevel = ruleLevel;
        }
    }

    static final class TestAlertEnricher implements AssetEnricher<TestAlert> {
        @Override
        public String unitId(TestAlert a) {
            return a.unit;
        }

        @Override
        public String hostName(TestAlert a) {
            return a.host;
        }

        @Override
        public Collection<String> addresses(TestAlert a) {
            return List.of();
        }

        @Override
        public boolean prioritized() {
            return true;
        }

        @Override
        public String ruleLevel(TestAlert a) {
            return a.ruleLevel;
        }

        @Override
        public TestAlert enrich(TestAlert a, Asset asset, Priority priority) {
            a.assetId = asset == null ? null : asset.id();
            a.priority = priority;
            return a;
        }
    }

    private static BroadcastOperatorTestHarness<Event, AssetChange, Event> events() throws Exception {
        return ProcessFunctionTestHarnesses.forBroadcastProcessFunction(
                new AssetEnrichmentFunction<>(new EventAssetEnricher()), AssetInventoryState.DESCRIPTOR);
    }

    @Test
    void anEventBeforeAnyAssetIsKnownPassesThroughUnchanged() throws Exception {
        try (var h = events()) {
            h.processElement(event("bv-bach-mai", "his-web-01", "10.10.1.11"), 1);

            Event out = h.extractOutputValues().get(0);
            assertThat(out.fields()).containsOnlyKeys("organization.id", "host.name", "host.ip");
        }
    }

    @Test
    void anEventGetsTheContextOfTheAssetItsHostOrAddressBelongsTo() throws Exception {
        try (var h = events()) {
            h.processBroadcastElement(asset("bm-his", "bv-bach-mai", 3, "his-web-01", "10.10.1.8/29"), 1);
            h.processBroadcastElement(asset("hn-his", "syt-ha-noi", 2, "his-web-01", "10.80.1.8/29"), 1);

            h.processElement(event("bv-bach-mai", "his-web-01", "192.0.2.1"), 2);
            h.processElement(event("syt-ha-noi", "unknown-pc", "10.80.1.12"), 2);
            h.processElement(event("syt-ha-noi", "unknown-pc", "10.10.1.12"), 2);

            List<Event> out = h.extractOutputValues();
            assertThat(out.get(0).fields()).containsEntry("soc.asset.id", "bm-his").containsEntry("soc.system.id", "bm-his-sys")
                    .containsEntry("soc.system.name", "HIS bv-bach-mai").containsEntry("soc.system.level", 3L)
                    .containsEntry("soc.system.criticality", "critical");
            assertThat(out.get(1).fields()).containsEntry("soc.asset.id", "hn-his").containsEntry("soc.system.level", 2L);
            assertThat(out.get(2).fields()).doesNotContainKey("soc.asset.id");
        }
    }

    @Test
    void anUpdateReplacesTheAssetAndATombstoneDeletesIt() throws Exception {
        try (var h = events()) {
            h.processBroadcastElement(asset("bm-his", "bv-bach-mai", 3, "his-web-01", "10.10.1.8/29"), 1);
            h.processElement(event("bv-bach-mai", "his-web-01", "10.10.1.11"), 2);
            h.processBroadcastElement(asset("bm-his", "bv-bach-mai", 4, "his-web-01", "10.10.1.8/29"), 3);
            h.processElement(event("bv-bach-mai", "his-web-01", "10.10.1.11"), 4);
            h.processBroadcastElement(AssetChange.delete("bm-his"), 5);
            h.processElement(event("bv-bach-mai", "his-web-01", "10.10.1.11"), 6);

            List<Event> out = h.extractOutputValues();
            assertThat(out.get(0).get("soc.system.level")).isEqualTo(3L);
            assertThat(out.get(1).get("soc.system.level")).isEqualTo(4L);
            assertThat(out.get(2).has("soc.asset.id")).isFalse();
            assertThat(h.getBroadcastState(AssetInventoryState.DESCRIPTOR).immutableEntries()).isEmpty();
        }
    }

    @Test
    void anAlertsPriorityCombinesTheRuleLevelWithTheSystemsLevel() throws Exception {
        try (var h = ProcessFunctionTestHarnesses.forBroadcastProcessFunction(
                new AssetEnrichmentFunction<>(new TestAlertEnricher()), AssetInventoryState.DESCRIPTOR)) {
            h.processElement(new TestAlert("bv-bach-mai", "his-web-01", "high"), 1);
            h.processBroadcastElement(asset("bm-his", "bv-bach-mai", 4, "his-web-01", "10.10.1.8/29"), 2);
            h.processElement(new TestAlert("bv-bach-mai", "his-web-01", "high"), 3);
            h.processElement(new TestAlert("bv-bach-mai", "his-web-01", "not-a-level"), 3);

            List<TestAlert> out = h.extractOutputValues();
            assertThat(out.get(0).assetId).isNull();
            assertThat(out.get(0).priority).isEqualTo(Priority.P2); // unknown system: as level 3
            assertThat(out.get(1).assetId).isEqualTo("bm-his");
            assertThat(out.get(1).priority).isEqualTo(Priority.P1);
            assertThat(out.get(2).priority).isEqualTo(Priority.P2); // an unknown rule level counts as medium
        }
    }

    @Test
    void theInventoryIsRestoredFromACheckpointWithoutTheAssetsBeingSentAgain() throws Exception {
        OperatorSubtaskState snapshot;
        try (var h = events()) {
            h.processBroadcastElement(asset("bm-his", "bv-bach-mai", 3, "his-web-01", "10.10.1.8/29"), 1);
            snapshot = h.snapshot(1, 1);
        }

        try (var restored = new BroadcastOperatorTestHarness<>(new CoBroadcastWithNonKeyedOperator<>(
                new AssetEnrichmentFunction<>(new EventAssetEnricher()), List.of(AssetInventoryState.DESCRIPTOR)), 1, 1, 0)) {
            restored.setup();
            restored.initializeState(snapshot);
            restored.open();
            restored.processElement(event("bv-bach-mai", "his-web-01", "10.10.1.11"), 2);

            assertThat(restored.extractOutputValues().get(0).get("soc.asset.id")).isEqualTo("bm-his");
        }
    }

    @Test
    void aKeyedStreamIsEnrichedAlike() throws Exception {
        try (KeyedBroadcastOperatorTestHarness<String, Event, AssetChange, Event> h =
                ProcessFunctionTestHarnesses.forKeyedBroadcastProcessFunction(
                        new KeyedAssetEnrichmentFunction<String, Event>(new EventAssetEnricher()),
                        e -> e.text("host.name"), Types.STRING, AssetInventoryState.DESCRIPTOR)) {
            h.processBroadcastElement(asset("bm-his", "bv-bach-mai", 3, "his-web-01", "10.10.1.8/29"), 1);
            h.processElement(event("bv-bach-mai", "his-web-01", "10.10.1.11"), 2);

            assertThat(h.extractOutputValues().get(0).fields()).containsAllEntriesOf(Map.of("soc.asset.id", "bm-his"));
        }
    }
}
