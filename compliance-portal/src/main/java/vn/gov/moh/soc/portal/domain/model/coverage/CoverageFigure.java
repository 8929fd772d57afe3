package vn.gov.moh.soc.portal.domain.model.coverage;

/**
 * How many of a set of systems are monitored.
 *
 * @param monitored systems counted as monitored
 * @param systems   systems in the set
 */
public record CoverageFigure(int monitored, int systems) {
    public CoverageFigure {
        if (monitored < 0 || monitored > systems) {
            throw new IllegalArgumentException("monitored " + monitored + " of " + systems);
        }
    }

    public static CoverageFigure of(java.util.Collection<SystemCoverage> systems) {
        return new CoverageFigure((int) systems.stream().filter(SystemCoverage::monitored).count(), systems.size());
    }

    /**
     * The share in whole percent, rounded down: 199 of 200 is 99%, never a rounded-up 100% that
     * would report the Ministry's target as met. An empty set is 0%.
     */
    public int percent() {
        return systems == 0 ? 0 : (int) (100L * monitored / systems);
    }

    /** Every system of the set is monitored (and there is at least one). */
    public boolean complete() {
        return systems > 0 && monitored == systems;
    }
}
