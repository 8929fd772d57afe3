package vn.gov.moh.soc.jobs.enrich;

import org.apache.flink.streaming.api.datastream.BroadcastStream;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.functions.co.BroadcastProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Enriches a non-keyed stream with the asset inventory held in broadcast state.
 *
 * <pre>{@code
 * BroadcastStream<AssetChange> assets = AssetEnrichmentFunction.broadcast(env.fromSource(AssetSource.kafka(...), ...));
 * DataStream<Alert> enriched = alerts.connect(assets).process(new AssetEnrichmentFunction<>(new MyAlertEnricher()));
 * }</pre>
 *
 * Records that arrive before any asset is known, or that match no asset, pass through without asset
 * context (alerts still get a priority, counting their system as unknown). Holding them back until
 * the inventory is loaded would need to know when the compacted topic has been read to its end,
 * which a broadcast side of an unbounded source cannot tell, and would delay alerts; after a
 * restart from a checkpoint the inventory is restored with the state, so only a job's very first
 * seconds are concerned.
 */
public final class AssetEnrichmentFunction<T> extends BroadcastProcessFunction<T, AssetChange, T> {
    private static final long serialVersionUID = 1L;

    private final AssetInventoryState<T> inventory;

    public AssetEnrichmentFunction(AssetEnricher<T> enricher) {
        this.inventory = new AssetInventoryState<>(enricher);
    }

    /** Broadcasts the asset stream with the state descriptor the functions read. */
    public static BroadcastStream<AssetChange> broadcast(DataStream<AssetChange> assets) {
        return assets.broadcast(AssetInventoryState.DESCRIPTOR);
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
