package vn.gov.moh.soc.portal.application.drill;

import java.time.Instant;
import vn.gov.moh.soc.portal.domain.model.drill.run.DrillPlay;
import vn.gov.moh.soc.portal.domain.model.unit.UnitId;

/** Ships the telemetry of one drill step, marked with its run's mark, through a real soc-agent. */
public interface DrillInjector {
    /**
     * Plays the step for the unit and returns once the agent has every line in Kafka.
     *
     * @return when the step's telemetry began to go to the agent: its injection time
     * @throws DrillInjectionException naming what failed (no agent configured, the agent refused
     *     its configuration or did not finish)
     */
    Instant inject(String mark, UnitId unit, int step, DrillPlay play) throws DrillInjectionException;
}
