package vn.gov.moh.soc.agent.generate;

/**
 * A scenario requested on the command line: {@code NAME[@SECONDS_FROM_START][:UNIT]}.
 *
 * @param name          a name of {@link ScenarioCatalog}
 * @param offsetSeconds when it starts, in seconds after the generator's start
 * @param unit          the unit attacked, or null for the first unit
 */
public record ScenarioSpec(String name, double offsetSeconds, String unit) {
    /** The start offset when none is given. */
    public static final double DEFAULT_OFFSET_SECONDS = 30;

    public ScenarioSpec {
        if (!ScenarioCatalog.names().contains(name)) {
            throw new IllegalArgumentException("unknown scenario '" + name + "' (known: "
                    + String.join(", ", ScenarioCatalog.names()) + ")");
        }
        if (!(offsetSeconds >= 0) || Double.isInfinite(offsetSeconds)) {
            throw new IllegalArgumentException("scenario start '" + offsetSeconds + "' must be 0 or more seconds");
        }
        if (unit != null && !UnitCatalog.isValidCode(unit)) {
            throw new IllegalArgumentException("scenario unit '" + unit + "' is not a unit code");
        }
    }

    /**
     * Parses {@code ssh-brute-force}, {@code ssh-brute-force@90} or {@code ehr-snooping@600:bv-cho-ray}.
     *
     * @throws IllegalArgumentException saying what is wrong
     */
    public static ScenarioSpec parse(String text) {
        String rest = text.strip();
        String unit = null;
        int colon = rest.indexOf(':');
        if (colon >= 0) {
            unit = rest.substring(colon + 1);
            rest = rest.substring(0, colon);
        }
        double offset = DEFAULT_OFFSET_SECONDS;
        int at = rest.indexOf('@');
        if (at >= 0) {
            String seconds = rest.substring(at + 1);
            rest = rest.substring(0, at);
            try {
                offset = Double.parseDouble(seconds);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("scenario start '" + seconds + "' is not a number of seconds");
            }
        }
        return new ScenarioSpec(rest, offset, unit);
    }
}
