package vn.gov.moh.soc.portal.infrastructure.search;

import co.elastic.clients.elasticsearch._types.ErrorCause;
import co.elastic.clients.json.JsonData;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/**
 * The reason Elasticsearch gives for refusing a query, as one line a user can act on. A syntax
 * error of the query string comes wrapped ("all shards failed" → "Failed to parse query [...]" →
 * "Cannot parse '...': Encountered ... at line 1, column 9."); the innermost parser message names
 * the place, so it is preferred, without the list of every token the parser would have expected.
 */
final class SearchErrors {
    private SearchErrors() {
    }

    static String describe(ErrorCause error) {
        List<String> reasons = new ArrayList<>();
        collect(error, reasons);
        String best = null;
        for (String r : reasons) {
            if (r.startsWith("Cannot parse")) {
                best = r;
                break;
            }
        }
        if (best == null) {
            best = reasons.stream().filter(r -> !r.equals("all shards failed")).reduce((a, b) -> b)
                    .orElse(reasons.isEmpty() ? "the query was refused" : reasons.get(0));
        }
        int expecting = best.indexOf("\nWas expecting");
        if (expecting > 0) {
            best = best.substring(0, expecting);
        }
        return best.strip();
    }

    private static void collect(ErrorCause e, List<String> out) {
        if (e == null) {
            return;
        }
        if (e.reason() != null) {
            out.add(e.reason());
        }
        e.rootCause().forEach(c -> collect(c, out));
        JsonData shards = e.metadata().get("failed_shards");
        if (shards != null) {
            JsonValue v = shards.toJson();
            if (v.getValueType() == JsonValue.ValueType.ARRAY) {
                for (JsonValue s : v.asJsonArray()) {
                    if (s instanceof JsonObject o && o.get("reason") instanceof JsonObject reason) {
                        collect(reason, out);
                    }
                }
            }
        }
        collect(e.causedBy(), out);
    }

    private static void collect(JsonObject reason, List<String> out) {
        for (JsonObject r = reason; r != null; r = r.get("caused_by") instanceof JsonObject c ? c : null) {
            if (r.get("reason") instanceof jakarta.json.JsonString s) {
                out.add(s.getString());
            }
        }
    }
}
