/**
 * The Flink correlation job ({@link vn.gov.moh.soc.jobs.CorrelationJob}): normalize raw logs
 * to ECS events, detect with Sigma rules and correlations, (next) enrich alerts with assets and
 * index into Elasticsearch. One package per stage; this one only wires them.
 */
package vn.gov.moh.soc.jobs;
