/**
 * {@code bench/alert-queue.sh}: a million alert documents in Elasticsearch and the SOC console's
 * queue queries (compliance-portal's own request builder) timed against them.
 */
package vn.gov.moh.soc.bench.alert;
