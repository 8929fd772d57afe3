/**
 * The asset inventory as the detection pipeline sees it: the record of the compacted topic
 * {@code soc.assets} ({@link vn.gov.moh.soc.core.asset.Asset}: host names and IPv4/IPv6 ranges of
 * one information system of a unit, with its Decree 85 security level and criticality), its strict
 * JSON codec, the YAML inventory file that stands in for the portal, the
 * {@link vn.gov.moh.soc.core.asset.AssetInventory} that resolves a host name or address to the most
 * specific asset, and the {@link vn.gov.moh.soc.core.asset.Priority} of an alert from its rule's
 * level and the system's level.
 */
package vn.gov.moh.soc.core.asset;
