package vn.gov.moh.soc.core.sigma.rule;

import java.util.List;

/**
 * One {@code field|modifier|...: values} entry of a search identifier, or a keyword search when
 * {@code field} is null.
 *
 * @param field     the Sigma field name as written, or null for a keyword search
 * @param modifiers the modifiers in the order written, lower-case
 * @param values    the values: String, Long, Double, Boolean or null; several values are OR-ed
 *                  unless the {@code all} modifier is present
 */
public record FieldItem(String field, List<String> modifiers, List<Object> values) {
    public FieldItem {
        modifiers = List.copyOf(modifiers);
        values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
    }
}
