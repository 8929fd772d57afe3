/**
 * Monitoring coverage measured from the SOC agents' heartbeats: the newest heartbeat of each agent
 * ({@link vn.gov.moh.soc.portal.domain.model.coverage.AgentHeartbeat}), the hosts a system's
 * components declare and which heartbeat stands for each of them, and whether a system counts as
 * monitored (its hosts shipped within the window, under the {@link
 * vn.gov.moh.soc.portal.domain.model.coverage.CoverageRule}).
 */
package vn.gov.moh.soc.portal.domain.model.coverage;
