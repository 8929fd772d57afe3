/**
 * Names of the Kafka topics and Elasticsearch indices that the modules exchange data through,
 * as fixed by the architecture, and the {@link vn.gov.moh.soc.core.naming.Namespace} that
 * prefixes them so that several deployments (or test classes) can share one Kafka and one
 * Elasticsearch cluster without seeing each other's data.
 */
package vn.gov.moh.soc.core.naming;
