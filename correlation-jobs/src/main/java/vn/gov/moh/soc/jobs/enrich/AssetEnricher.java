package vn.gov.moh.soc.jobs.enrich;

import java.io.Serializable;
import java.util.Collection;
import vn.gov.moh.soc.core.asset.Asset;
import vn.gov.moh.soc.core.asset.AssetInventory;
import vn.gov.moh.soc.core.asset.Priority;

/**
 * How the enrichment function reads and extends one record type (events, alerts): what identifies
 * the asset the record is about, and how the asset context is added. Serializable: it travels with
 * the job graph.
 */
public interface AssetEnricher<T> extends Serializable {

    /** The record's unit (the agent's), or null if unknown; a known unit limits the search to its assets. */
    String unitId(T record);

    /** The host name the record is about, or null. */
    String hostName(T record);

    /** The addresses of the host the record is about (never null; may be empty). */
    Collection<String> addresses(T record);

    /**
     * The asset the record is about, or null: by default the inventory's answer for its unit, host
     * name and addresses. Records about several hosts (correlations) choose among theirs.
     */
    default Asset asset(T record, AssetInventory inventory) {
        return inventory.resolve(unitId(record), hostName(record), addresses(record)).orElse(null);
    }

    /** True if the records get a priority (alerts), false if only the asset context (events). */
    boolean prioritized();

    /** The Sigma level of the rule that raised the record; only asked when {@link #prioritized()}; null for unrated. */
    default String ruleLevel(T record) {
        return null;
    }

    /**
     * The record with the asset context and priority added (it may be the same object, changed).
     *
     * @param asset the asset, or null when no asset matched (then only the priority is to be added)
     * @param priority the priority, or null when not {@link #prioritized()}
     */
    T enrich(T record, Asset asset, Priority priority);
}
