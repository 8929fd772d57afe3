package vn.gov.moh.soc.portal.application.event;

import java.time.Instant;
import java.util.Map;

/**
 * An event of a result: where it is stored (the daily index and the id, which is its
 * {@code event.id}), when it happened, and its fields with soc-core's flat dotted names.
 */
public record EventHit(String index, String id, Instant timestamp, Map<String, Object> fields) {
    public EventHit {
        fields = Map.copyOf(fields);
    }

    /** A field's value as text for a column: a list joined by ", ", nothing as the empty string. */
    public String text(String field) {
        Object v = fields.get(field);
        if (v == null) {
            return "";
        }
        if (v instanceof java.util.Collection<?> many) {
            return String.join(", ", many.stream().map(String::valueOf).toList());
        }
        return v.toString();
    }
}
