/**
 * JMH benchmarks. {@link vn.gov.moh.soc.bench.SigmaThroughput} measures the Sigma engine with
 * every SigmaHQ rule loaded on a mixed corpus of Windows, sshd and web events.
 */
package vn.gov.moh.soc.bench;
