package vn.gov.moh.soc.agent.generate;

import java.util.SplittableRandom;

/** The normal (benign) traffic of one stream: appends the next line of a unit. */
interface Traffic {
    /**
     * Appends one line, without the line break.
     *
     * @param unit      index of the unit in the generator's list
     * @param nanos     the line's time, epoch nanoseconds
     * @param localHour its hour in Vietnam
     */
    void next(StringBuilder sb, int unit, long nanos, int localHour, SplittableRandom rng);
}
