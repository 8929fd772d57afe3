package vn.gov.moh.soc.portal.interfaces.web.alert;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import vn.gov.moh.soc.portal.domain.model.alert.AlertSummary;

/** One row of the queue page, or one group of the grouped view (then with its count and first/last seen). */
public final class AlertRow implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Analysts read times in Vietnam's time. */
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private final AlertSummary alert;
    private final boolean group;
    private final String groupKey;
    private final boolean groupKeyIsHost;
    private final long count;
    private final Instant firstSeen;
    private final Instant lastSeen;
    private final String priority;

    AlertRow(AlertSummary alert) {
        this(alert, false, null, false, 1, alert.timestamp(), alert.timestamp(), alert.priority());
    }

    /** A group of the grouped view, shown by its newest alert. */
    static AlertRow group(AlertSummary latest, String key, boolean keyIsHost, long count, Instant firstSeen, Instant lastSeen,
            String topPriority) {
        return new AlertRow(latest, true, key, keyIsHost, count, firstSeen, lastSeen, topPriority);
    }

    private AlertRow(AlertSummary latest, boolean group, String groupKey, boolean groupKeyIsHost, long count, Instant firstSeen,
            Instant lastSeen, String priority) {
        this.alert = latest;
        this.group = group;
        this.groupKey = groupKey;
        this.groupKeyIsHost = groupKeyIsHost;
        this.count = count;
        this.firstSeen = firstSeen;
        this.lastSeen = lastSeen;
        this.priority = priority;
    }

    /** The row's key: the alert id, or the group's rule and key. */
    public String getKey() {
        return group ? alert.ruleId() + "|" + groupKeyIsHost + "|" + groupKey : alert.id();
    }

    public String getId() {
        return alert.id();
    }

    public String getTime() {
        return lastSeen == null ? "" : TIME.format(lastSeen);
    }

    public String getFirstSeen() {
        return firstSeen == null ? "" : TIME.format(firstSeen);
    }

    public String getPriority() {
        return priority == null ? "–" : priority;
    }

    /** The CSS class of the row's priority colour. */
    public String getPriorityClass() {
        return "priority-" + (priority == null ? "none" : priority);
    }

    /** The drill run's mark of a drill's alert, null for a real one. */
    public String getDrill() {
        return alert.drill();
    }

    public String getRuleId() {
        return alert.ruleId();
    }

    public String getRuleName() {
        return alert.ruleName();
    }

    public String getRuleLevel() {
        return alert.ruleLevel() == null ? "" : alert.ruleLevel();
    }

    public String getStatus() {
        return alert.status() == null ? "open" : alert.status();
    }

    public String getHosts() {
        return String.join(", ", alert.hostNames());
    }

    public String getUnits() {
        return String.join(", ", alert.unitIds());
    }

    public String getSystems() {
        return String.join(", ", alert.systemNames());
    }

    public int getSystemLevel() {
        return alert.systemLevel();
    }

    public String getAttack() {
        return String.join(", ", alert.techniques());
    }

    public boolean isGroup() {
        return group;
    }

    public String getGroupKey() {
        return groupKey == null ? "" : groupKey;
    }

    public boolean isGroupKeyIsHost() {
        return groupKeyIsHost;
    }

    public long getCount() {
        return count;
    }

    AlertSummary alert() {
        return alert;
    }
}
