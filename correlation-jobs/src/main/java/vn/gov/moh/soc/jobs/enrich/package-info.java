/**
 * Asset enrichment: the inventory of {@code soc.assets} (compacted, keyed by asset id) is broadcast to
 * every instance of the enrichment function and kept in broadcast state; each record (an event or an
 * alert, whatever its type, through an {@link vn.gov.moh.soc.jobs.enrich.AssetEnricher}) gets the unit,
 * information system, Decree 85 level and criticality of the asset it is about, and alerts get their
 * {@link vn.gov.moh.soc.core.asset.Priority}. {@link vn.gov.moh.soc.jobs.enrich.AssetInventoryPublisher}
 * loads a YAML inventory into the topic until the portal publishes it.
 */
package vn.gov.moh.soc.jobs.enrich;
