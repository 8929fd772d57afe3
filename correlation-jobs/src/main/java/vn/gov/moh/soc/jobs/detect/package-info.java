/**
 * Stage 2 of the job, detect: {@link vn.gov.moh.soc.jobs.detect.MatchFunction} matches each
 * event against the single-event Sigma rules (stateless, rules from broadcast state);
 * {@link vn.gov.moh.soc.jobs.detect.CorrelateFunction} runs the correlation rules on keyed state
 * per (correlation rule, group), in event time, one instance per chain depth, and names in each
 * correlation alert the hosts its events were aimed at ({@link vn.gov.moh.soc.jobs.detect.Targets}).
 */
package vn.gov.moh.soc.jobs.detect;
