/**
 * Stage 1 of the job: {@code soc.raw} envelopes parsed into ECS events with soc-core's parsers,
 * and every record that cannot be into a dead letter with its reason.
 */
package vn.gov.moh.soc.jobs.normalize;
