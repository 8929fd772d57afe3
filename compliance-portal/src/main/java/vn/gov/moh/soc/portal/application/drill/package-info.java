/**
 * Drill runs on the real pipeline: the ports through which a run's telemetry reaches a real
 * soc-agent ({@link vn.gov.moh.soc.portal.application.drill.DrillInjector}) and its marked alerts
 * are read back ({@link vn.gov.moh.soc.portal.application.drill.DrillAlerts}).
 */
package vn.gov.moh.soc.portal.application.drill;
