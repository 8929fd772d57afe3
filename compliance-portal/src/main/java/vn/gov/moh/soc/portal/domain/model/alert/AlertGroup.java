package vn.gov.moh.soc.portal.domain.model.alert;

import java.time.Instant;
import java.util.Map;

/**
 * Alerts of one rule that share a correlation's group key, or, for single-event alerts, a host:
 * one row of the grouped queue.
 *
 * @param key         the group key ({@code soc.alert.group_key}) or the host name; null when the
 *                    alerts have neither
 * @param keyIsHost   whether {@code key} is a host name
 * @param topPriority the most urgent priority among them (null when none was enriched)
 * @param statuses    how many alerts are in each triage status (document values)
 * @param latest      the newest alert of the group
 */
public record AlertGroup(String ruleId, String key, boolean keyIsHost, long count, Instant firstSeen, Instant lastSeen,
        String topPriority, Map<String, Long> statuses, AlertSummary latest) {
    public AlertGroup {
        statuses = Map.copyOf(statuses);
    }
}
