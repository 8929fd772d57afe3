/**
 * Sigma correlation rules as event-time state machines. A {@link
 * vn.gov.moh.soc.core.sigma.correlation.Correlator} holds the logic of one correlation rule; the
 * state of one group key is a plain {@link vn.gov.moh.soc.core.sigma.correlation.CorrelationState}
 * that a caller keeps where it likes (a map in the CLI, Flink keyed state in the pipeline):
 * state in, rule hits in, alerts out. Memory per key is bounded and state expires after the
 * rule's timespan.
 */
package vn.gov.moh.soc.core.sigma.correlation;
