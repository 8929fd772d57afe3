package vn.gov.moh.soc.core.sigma.rule;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A Sigma correlation rule.
 *
 * @param type      event_count, value_count, temporal, temporal_ordered, value_sum, value_avg,
 *                  value_percentile
 * @param rules     the referred rules, by id or name, in order (order matters for temporal_ordered)
 * @param groupBy   fields (Sigma names, or alias names) that make the group key
 * @param timespan  the window
 * @param generate  whether the referred rules also raise their own alerts
 * @param condition the count or value condition; null for temporal types without one
 * @param aliases   alias name to (rule id or name to field)
 */
public record CorrelationRule(
        String source,
        String id,
        String name,
        String title,
        String level,
        String status,
        String description,
        List<String> tags,
        String type,
        List<String> rules,
        List<String> groupBy,
        Duration timespan,
        boolean generate,
        Condition condition,
        Map<String, Map<String, String>> aliases) {

    /**
     * A correlation condition: an operator and a threshold, and for the value types the field
     * whose values are counted, summed, averaged or ranked (for value_percentile the threshold is
     * the share, in percent, of the group's events that carry the new event's value).
     */
    public record Condition(String operator, double threshold, String field) {
        public boolean test(double value) {
            return switch (operator) {
                case "gt" -> value > threshold;
                case "gte" -> value >= threshold;
                case "lt" -> value < threshold;
                case "lte" -> value <= threshold;
                case "eq" -> value == threshold;
                case "neq" -> value != threshold;
                default -> throw new IllegalStateException("operator " + operator);
            };
        }
    }
}
