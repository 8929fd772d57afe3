package vn.gov.moh.soc.core.sigma.correlation;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import vn.gov.moh.soc.core.sigma.rule.CorrelationRule;

/**
 * A correlation rule that fired for one group.
 *
 * @param rule        the correlation rule
 * @param group       group-by name to value
 * @param windowStart time of the first hit counted
 * @param windowEnd   time of the hit that made the condition true
 * @param count       hits in the window
 * @param value       the measured value: count, distinct values, sum, average or share (percent)
 * @param eventIds    ids of the events counted (at most {@link Correlator#MAX_CITED_EVENTS})
 */
public record CorrelationAlert(CorrelationRule rule, Map<String, String> group, Instant windowStart,
        Instant windowEnd, int count, double value, List<String> eventIds) {

    /** A stable id: the same rule, group and window give the same id, so a replay never duplicates an alert. */
    public String id() {
        StringBuilder key = new StringBuilder(rule.id() != null ? rule.id() : rule.title());
        group.forEach((k, v) -> key.append('|').append(k).append('=').append(v));
        key.append('|').append(windowStart.toEpochMilli());
        return java.util.UUID.nameUUIDFromBytes(key.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .toString();
    }
}
