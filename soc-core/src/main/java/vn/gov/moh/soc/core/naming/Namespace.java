package vn.gov.moh.soc.core.naming;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A prefix that separates one deployment's topics and indices from another's on shared
 * clusters. The production namespace is empty: names are exactly those of the architecture
 * ({@code soc.raw}, {@code soc-events-2026.11.21}). A namespace {@code t42} gives
 * {@code t42.soc.raw} and {@code t42-soc-events-2026.11.21}.
 *
 * <p>Only lower-case letters, digits and hyphens are allowed, starting with a letter, so the
 * result is a valid Kafka topic name and a valid Elasticsearch index name.
 *
 * <p>Serializable, so that Flink functions and sinks can hold one; it is read back through
 * {@link #of}, which checks the prefix again.
 */
public final class Namespace implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private static final Pattern VALID = Pattern.compile("[a-z][a-z0-9-]{0,39}");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy.MM.dd");

    /** The namespace of a production deployment: no prefix. */
    public static final Namespace PRODUCTION = new Namespace("");

    static final String EVENTS_INDEX = "soc-events";
    static final String ALERTS_INDEX = "soc-alerts";

    private final String prefix;

    private Namespace(String prefix) {
        this.prefix = prefix;
    }

    /**
     * A namespace with the given prefix; the empty string is the production namespace.
     *
     * @throws IllegalArgumentException naming the prefix if it is not valid
     */
    public static Namespace of(String prefix) {
        Objects.requireNonNull(prefix, "prefix");
        if (prefix.isEmpty()) {
            return PRODUCTION;
        }
        if (!VALID.matcher(prefix).matches()) {
            throw new IllegalArgumentException("namespace '" + prefix
                    + "' is not valid: use 1 to 40 lower-case letters, digits or '-', starting with a letter");
        }
        return new Namespace(prefix);
    }

    private Object readResolve() {
        return of(prefix);
    }

    public String prefix() {
        return prefix;
    }

    public String topic(Topic topic) {
        return prefix.isEmpty() ? topic.baseName() : prefix + "." + topic.baseName();
    }

    /** The daily events index for the given day (UTC day of the event's {@code @timestamp}). */
    public String eventsIndex(LocalDate day) {
        return index(EVENTS_INDEX) + "-" + DAY.format(day);
    }

    /** The pattern that matches every daily events index, for searches and templates. */
    public String eventsIndexPattern() {
        return index(EVENTS_INDEX) + "-*";
    }

    public String alertsIndex() {
        return index(ALERTS_INDEX);
    }

    private String index(String base) {
        return prefix.isEmpty() ? base : prefix + "-" + base;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Namespace other && other.prefix.equals(prefix);
    }

    @Override
    public int hashCode() {
        return prefix.hashCode();
    }

    @Override
    public String toString() {
        return prefix.isEmpty() ? "(production)" : prefix;
    }
}
