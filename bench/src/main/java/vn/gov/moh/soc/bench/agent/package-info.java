/**
 * Helpers of {@code bench/agent-throughput.sh}, the end-to-end benchmark of soc-agent against
 * rsyslog + omkafka and Kafka's own producer-perf-test on a private broker. They are small
 * command-line programs the script runs with the bench module's class path:
 * <ul>
 * <li>{@link vn.gov.moh.soc.bench.agent.BenchTopics} creates the benchmark's topics;</li>
 * <li>{@link vn.gov.moh.soc.bench.agent.TopicLines} waits until a topic holds a number of
 * records (the sum of its partitions' end offsets), printing progress, and counts a topic;</li>
 * <li>{@link vn.gov.moh.soc.bench.agent.CeilingRun} runs Kafka's
 * {@code org.apache.kafka.tools.ProducerPerformance} and then reports its own CPU time and peak
 * resident memory.</li>
 * </ul>
 * Not JMH benchmarks: they measure other processes, so they print plain lines for the script to
 * parse (see each class).
 */
package vn.gov.moh.soc.bench.agent;
