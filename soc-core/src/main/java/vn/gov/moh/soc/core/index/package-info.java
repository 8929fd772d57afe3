/**
 * The Elasticsearch index templates that soc-core owns. Events and alerts are mapped with
 * Elastic Common Schema field names, so Kibana and other ECS tools read our indices as they
 * are; fields of our own live under {@code soc.*}. Shared mappings are component templates,
 * composed into one index template per index family.
 */
package vn.gov.moh.soc.core.index;
