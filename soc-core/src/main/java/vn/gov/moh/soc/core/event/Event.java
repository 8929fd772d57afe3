package vn.gov.moh.soc.core.event;

import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import vn.gov.moh.soc.core.time.UtcInstants;

/**
 * A normalized event. Values are {@link String}, {@link Long}, {@link Double}, {@link Boolean},
 * or a {@link List} of those; a field that is present with a JSON null maps to {@code null}
 * (present but null, which Sigma distinguishes from absent).
 *
 * <p>Not thread-safe: an event belongs to the thread evaluating it. Lower-cased string values
 * are cached per field because case-insensitive matching reads the same field for many rules.
 */
public final class Event {
    private final Map<String, Object> fields;
    private LogSource logSource;
    private Map<String, Object> lowerCache;

    public Event(Map<String, Object> fields, LogSource logSource) {
        this.fields = Objects.requireNonNull(fields, "fields");
        this.logSource = Objects.requireNonNull(logSource, "logSource");
    }

    public Event() {
        this(new HashMap<>(), LogSource.UNKNOWN);
    }

    /** The value of a field, or null when absent or null. */
    public Object get(String field) {
        return fields.get(field);
    }

    public boolean has(String field) {
        return fields.containsKey(field);
    }

    /** The value as text (numbers and booleans in their JSON form), or null. */
    public String text(String field) {
        Object v = fields.get(field);
        return v == null || v instanceof List ? null : v.toString();
    }

    /**
     * The value lower-cased (lists element by element), computed once per field and event.
     */
    public Object lower(String field) {
        if (lowerCache == null) {
            lowerCache = new HashMap<>();
        }
        Object cached = lowerCache.get(field);
        if (cached == null && !lowerCache.containsKey(field)) {
            cached = lowerOf(fields.get(field));
            lowerCache.put(field, cached);
        }
        return cached;
    }

    private static Object lowerOf(Object v) {
        if (v instanceof String s) {
            return s.toLowerCase(Locale.ROOT);
        }
        if (v instanceof List<?> list) {
            Object[] out = new Object[list.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = lowerOf(list.get(i));
            }
            return List.of(out);
        }
        return v == null ? null : v.toString().toLowerCase(Locale.ROOT);
    }

    /** Sets a field; null records a present-but-null field. */
    public Event put(String field, Object value) {
        fields.put(field, value);
        if (lowerCache != null) {
            lowerCache.remove(field);
        }
        return this;
    }

    public Event remove(String field) {
        fields.remove(field);
        if (lowerCache != null) {
            lowerCache.remove(field);
        }
        return this;
    }

    /** Every field, read-only. */
    public Map<String, Object> fields() {
        return Collections.unmodifiableMap(fields);
    }

    public LogSource logSource() {
        return logSource;
    }

    public Event logSource(LogSource source) {
        this.logSource = Objects.requireNonNull(source);
        return this;
    }

    /** The event time from {@code @timestamp}, or null if absent or not ISO-8601. */
    public Instant timestamp() {
        Object v = fields.get("@timestamp");
        if (v instanceof String s) {
            try {
                return UtcInstants.parse(s);
            } catch (RuntimeException e) {
                return null;
            }
        }
        if (v instanceof Long millis) {
            return Instant.ofEpochMilli(millis);
        }
        return null;
    }

    @Override
    public String toString() {
        return "Event" + fields;
    }
}
