package vn.gov.moh.soc.portal.domain.model.drill.run;

import java.time.Duration;

/**
 * What one step of a run came to.
 *
 * @param alert            the first expected alert raised for it, or null
 * @param timeToDetect     from injection to that alert, or null
 * @param timeToAcknowledge from that alert to the analysts' acknowledgement, or null while none
 * @param timeToClose      from that alert to its closing (or escalation), or null while open
 */
public record StepResult(DrillStep step, Outcome outcome, ObservedAlert alert, Duration timeToDetect,
        Duration timeToAcknowledge, Duration timeToClose) {

    public enum Outcome {
        /** Its telemetry has not gone to the agent yet. */
        NOT_INJECTED,
        /** Injected, no alert yet, still within the wait. */
        WAITING,
        /** An expected alert was raised within the wait. */
        DETECTED,
        /** An expected alert came, but after the wait: listed with the missed steps. */
        LATE,
        /** No expected alert within the wait. */
        MISSED;

        /** Whether the step is listed as a missed detection. */
        public boolean missed() {
            return this == LATE || this == MISSED;
        }
    }
}
