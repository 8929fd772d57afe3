/**
 * Drill runs on the real pipeline (issue 8): a run plays a drill's steps for one participating
 * unit by shipping marked synthetic telemetry through a real soc-agent ({@link
 * vn.gov.moh.soc.core.event.DrillMark}), and {@link
 * vn.gov.moh.soc.portal.domain.model.drill.run.DrillMeasurement} measures, from the marked
 * alerts the pipeline raised, each step's time to detect and the analysts' time to respond, and
 * lists the steps no alert detected.
 */
package vn.gov.moh.soc.portal.domain.model.drill.run;
