/**
 * What every input hands its records to: the {@link vn.gov.moh.soc.agent.pipeline.Sink} (the
 * on-disk spool in front of Kafka) and the counters the heartbeat and metrics report.
 */
package vn.gov.moh.soc.agent.pipeline;
