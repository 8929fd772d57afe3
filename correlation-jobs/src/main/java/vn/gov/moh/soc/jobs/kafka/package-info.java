/** The job's Kafka sources ({@code soc.raw}, {@code soc.rules}) and sinks ({@code soc.events}, {@code soc.alerts}, {@code soc.dlq}). */
package vn.gov.moh.soc.jobs.kafka;
