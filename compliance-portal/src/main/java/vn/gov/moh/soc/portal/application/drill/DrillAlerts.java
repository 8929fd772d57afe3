package vn.gov.moh.soc.portal.application.drill;

import java.util.List;
import vn.gov.moh.soc.portal.domain.model.drill.run.ObservedAlert;

/** The alerts the pipeline raised from a drill run's telemetry: those carrying its mark. */
public interface DrillAlerts {
    /** Every alert with the mark, at most {@code max}, oldest first. */
    List<ObservedAlert> marked(String mark, int max);
}
