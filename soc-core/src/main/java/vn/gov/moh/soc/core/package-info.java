/**
 * The shared library of the platform. Every other module depends on it for the contracts that
 * cross process boundaries: the names of Kafka topics and Elasticsearch indices
 * ({@link vn.gov.moh.soc.core.naming}) and the index templates that give Elasticsearch its
 * Elastic Common Schema mappings ({@link vn.gov.moh.soc.core.index}).
 */
package vn.gov.moh.soc.core;
