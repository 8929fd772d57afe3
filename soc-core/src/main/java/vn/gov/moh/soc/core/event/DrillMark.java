package vn.gov.moh.soc.core.event;

import java.util.regex.Pattern;

/**
 * The mark of drill telemetry: the id of the drill run whose synthetic records an agent shipped.
 * The agent writes it into the envelope (an input's {@code drill} setting), the normalizer copies
 * it into the event as {@link #FIELD} (ECS {@code labels}: keyword values, no dots in the key) and
 * removes it from every event whose envelope carries none, so a logged line can never pass itself
 * off as a drill; rule matches copy the event's fields into the alert and correlations keep it as
 * part of their group, so drill events are never counted with real ones and the alert carries it
 * too. Consumers exclude marked alerts from statistics of real incidents.
 */
public final class DrillMark {
    /** The event and alert field holding the drill id. */
    public static final String FIELD = "labels.soc_drill";

    /** Letters, digits, dot, dash and underscore; at most 64: an id, not free text. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private DrillMark() {
    }

    /**
     * The id checked.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public static String check(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("a drill id is 1 to 64 letters, digits, '.', '-' or '_', starting with a"
                    + " letter or digit: " + (id == null ? "none given" : "'" + abbreviate(id) + "'"));
        }
        return id;
    }

    private static String abbreviate(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }
}
