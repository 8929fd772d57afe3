package vn.gov.moh.soc.jobs.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.state.BroadcastState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ReadOnlyBroadcastState;
import org.apache.flink.api.common.typeinfo.PrimitiveArrayTypeInfo;
import org.apache.flink.api.common.typeinfo.Types;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.gov.moh.soc.core.asset.Asset;
import vn.gov.moh.soc.core.asset.AssetInventory;
import vn.gov.moh.soc.core.asset.AssetJson;
import vn.gov.moh.soc.core.asset.Priority;

/**
 * The broadcast state of the enrichment functions (asset id → asset JSON, checkpointed by Flink)
 * and, beside it, the {@link AssetInventory} built from it. The inventory is rebuilt lazily, on the
 * first record after a change, so that reading the whole compacted topic at start-up costs one
 * rebuild, not one per asset; after a restore it is rebuilt from the restored state.
 */
final class AssetInventoryState<T> implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(AssetInventoryState.class);

    /** The broadcast state: connect the asset stream with {@code assets.broadcast(DESCRIPTOR)}. */
    static final MapStateDescriptor<String, byte[]> DESCRIPTOR =
            new MapStateDescriptor<>("soc-assets", Types.STRING, PrimitiveArrayTypeInfo.BYTE_PRIMITIVE_ARRAY_TYPE_INFO);

    private final AssetEnricher<T> enricher;
    private transient AssetInventory inventory;

    AssetInventoryState(AssetEnricher<T> enricher) {
        this.enricher = enricher;
    }

    void apply(AssetChange change, BroadcastState<String, byte[]> state) throws Exception {
        if (change.isDelete()) {
            state.remove(change.id);
        } else {
            state.put(change.id, change.json);
        }
        inventory = null;
    }

    /**
     * The record with its asset context, or the record unchanged when it is not prioritized and no
     * asset matched (including while no asset is known yet).
     */
    T enrich(T record, ReadOnlyBroadcastState<String, byte[]> state) throws Exception {
        AssetInventory current = inventory(state);
        Asset asset = current.isEmpty() ? null : enricher.asset(record, current);
        if (!enricher.prioritized()) {
            return asset == null ? record : enricher.enrich(record, asset, null);
        }
        return enricher.enrich(record, asset, priority(enricher.ruleLevel(record), asset));
    }

    private static Priority priority(String ruleLevel, Asset asset) {
        try {
            return Priority.of(ruleLevel, asset == null ? null : asset.level());
        } catch (IllegalArgumentException e) {
            LOG.warn("{}; the alert is prioritized as a medium rule", e.getMessage());
            return Priority.of(null, asset == null ? null : asset.level());
        }
    }

    private AssetInventory inventory(ReadOnlyBroadcastState<String, byte[]> state) throws Exception {
        if (inventory == null) {
            List<Asset> assets = new ArrayList<>();
            for (Map.Entry<String, byte[]> e : state.immutableEntries()) {
                try {
                    assets.add(AssetJson.read(e.getValue()));
                } catch (IllegalArgumentException bad) {
                    // Checked before it was stored; only a stricter codec after an upgrade gets here.
                    LOG.warn("asset {} in the restored state is no longer valid and is left out: {}", e.getKey(),
                            bad.getMessage());
                }
            }
            inventory = AssetInventory.of(assets);
        }
        return inventory;
    }
}
