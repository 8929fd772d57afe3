package vn.gov.moh.soc.agent.generate;

import java.util.SplittableRandom;

/**
 * What a scenario is planned from.
 *
 * @param name       the scenario's name as requested
 * @param unit       the unit attacked
 * @param unitIndex  its index in the generator's units (for the formats)
 * @param startNanos when the scenario starts, epoch nanoseconds
 * @param rng        the scenario's own random numbers, independent of normal traffic
 */
record ScenarioContext(String name, HospitalUnit unit, int unitIndex, long startNanos, SplittableRandom rng) {
    /** The start plus some seconds. */
    long at(double seconds) {
        return startNanos + (long) (seconds * 1e9);
    }
}
