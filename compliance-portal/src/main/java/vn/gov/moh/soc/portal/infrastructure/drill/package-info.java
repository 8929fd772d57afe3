/**
 * How a drill step reaches the pipeline: {@link
 * vn.gov.moh.soc.portal.infrastructure.drill.AgentDrillInjector} runs the real soc-agent jar
 * ({@code portal.drills.agent-jar}): its generator writes the scenario's lines alone, in real time,
 * and a second agent process ships them from a pipe whose input carries the run's mark.
 */
package vn.gov.moh.soc.portal.infrastructure.drill;
