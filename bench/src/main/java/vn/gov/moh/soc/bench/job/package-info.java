/**
 * Helpers of {@code bench/job-throughput.sh}, the end-to-end benchmark of the correlation job on a
 * private Kafka (and Elasticsearch) started by the stack launcher. Small command-line programs the
 * script runs with the bench module's class path, printing {@code RESULT} lines it parses:
 * <ul>
 * <li>{@link vn.gov.moh.soc.bench.job.BenchNamespace} creates a run's topics (and index templates);</li>
 * <li>{@link vn.gov.moh.soc.bench.job.RawLoad} writes generated log lines to a raw topic as the
 * agents' envelopes, as fast as it can (the preload) or at a steady rate (the latency run);</li>
 * <li>{@link vn.gov.moh.soc.bench.job.TopicRead} is the ceiling: a plain consumer reading the raw topic;</li>
 * <li>{@link vn.gov.moh.soc.bench.job.JobProgress} watches a run until its output is committed and
 * visible, and says when the first output appeared;</li>
 * <li>{@link vn.gov.moh.soc.bench.job.AlertLatency} reads the alerts of the latency run and
 * reports the detection latency percentiles.</li>
 * </ul>
 */
package vn.gov.moh.soc.bench.job;
