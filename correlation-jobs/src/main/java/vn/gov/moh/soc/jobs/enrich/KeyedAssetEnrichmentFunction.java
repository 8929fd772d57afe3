package vn.gov.moh.soc.jobs.enrich;

import org.apache.flink.streaming.api.functions.co.KeyedBroadcastProcessFunction;
import org.apache.flink.util.Collector;

/**
 * {@link AssetEnrichmentFunction} for a keyed stream (Flink's broadcast connect of a keyed stream
 * needs a keyed function); the key is kept, so keyed state downstream needs no new key-by.
 */
public final class KeyedAssetEnrichmentFunction<K, T> extends KeyedBroadcastProcessFunction<K, T, AssetChange, T> {
    private static final long serialVersionUID = 1L;

    private final AssetInventoryState<T> inventory;

    public KeyedAssetEnrichmentFunction(AssetEnricher<T> enricher) {
        this.inventory = new AssetInventoryState<>(enricher);
    }

    @Override
    public void processElement(T record, ReadOnlyContext ctx, Collector<T> out) throws Exception {
        out.collect(inventory.enrich(record, ctx.getBroadcastState(AssetInventoryState.DESCRIPTOR)));
    }

    @Override
    public void processBroadcastElement(AssetChange change, Context ctx, Collector<T> out) throws Exception {
        inventory.apply(change, ctx.getBroadcastState(AssetInventoryState.DESCRIPTOR));
    }
}
