package vn.gov.moh.soc.core.sigma;

import java.util.List;
import vn.gov.moh.soc.core.event.Event;

/**
 * The group an alert is shown in by the SOC console's grouped queue, written by the job into the
 * alert's document as one keyword, {@value #FIELD}: the rule, then a correlation's
 * {@code soc.alert.group_key}, or, for a single-event alert, its host. One value per alert, so the
 * console groups with one aggregation on one field instead of visiting the rule, the key and the
 * hosts of every alert (a correlation names every host its events aimed at, which must not count
 * it once per host).
 *
 * <p>The value is {@code <rule>\u001F<kind><key>}, kind {@code g} (group key), {@code h} (host)
 * or {@code n} (neither, no key follows): a correlation's groups of a rule sort before its hosts,
 * and the rule is read back up to the first separator. The key may hold any character (it comes
 * from events); a separator inside a rule id (which rule authors choose) is replaced.
 *
 * @param ruleId    the rule's id, or its title when it has none (as the job keys its alerts)
 * @param key       the group key or the host name; null for neither
 * @param keyIsHost whether {@code key} is a host name (or the alert had neither)
 */
public record AlertGroupName(String ruleId, String key, boolean keyIsHost) {
    /** The document field. */
    public static final String FIELD = "soc.alert.group";
    private static final char SEPARATOR = '\u001F';

    public AlertGroupName {
        if (ruleId == null) {
            throw new IllegalArgumentException("an alert group needs a rule");
        }
        ruleId = ruleId.replace(SEPARATOR, '\uFFFD');
        // A correlation without group-by has the empty group key, never none.
        if (key == null && !keyIsHost) {
            throw new IllegalArgumentException("a correlation's group needs its group key (empty when it groups by nothing)");
        }
    }

    /**
     * The group of an alert's document as {@link AlertDocument} makes it (flat, dotted names):
     * the rule ({@code rule.id}, else {@code rule.name}), {@code soc.alert.group_key} when present,
     * else the first {@code host.name}. Null when the document names no rule.
     */
    public static AlertGroupName of(Event alert) {
        String rule = alert.text("rule.id");
        if (rule == null) {
            rule = alert.text("rule.name");
        }
        if (rule == null) {
            return null;
        }
        String key = alert.text("soc.alert.group_key");
        if (key != null) {
            return new AlertGroupName(rule, key, false);
        }
        Object host = alert.get("host.name");
        if (host instanceof List<?> hosts) {
            host = hosts.isEmpty() ? null : hosts.get(0);
        }
        return new AlertGroupName(rule, host == null ? null : host.toString(), true);
    }

    /** The field's value. */
    public String value() {
        char kind = !keyIsHost ? 'g' : key != null ? 'h' : 'n';
        return ruleId + SEPARATOR + kind + (key == null ? "" : key);
    }

    /** The group a value of {@value #FIELD} names; IllegalArgumentException when it is not one {@link #value()} makes. */
    public static AlertGroupName parse(String value) {
        int at = value.indexOf(SEPARATOR);
        if (at < 0 || at + 1 >= value.length()) {
            throw new IllegalArgumentException("not an alert group: " + value);
        }
        String rule = value.substring(0, at);
        String key = value.substring(at + 2);
        return switch (value.charAt(at + 1)) {
            case 'g' -> new AlertGroupName(rule, key, false);
            case 'h' -> new AlertGroupName(rule, key, true);
            case 'n' -> {
                if (!key.isEmpty()) {
                    throw new IllegalArgumentException("an alert group of neither key nor host holds a key: " + value);
                }
                yield new AlertGroupName(rule, null, true);
            }
            default -> throw new IllegalArgumentException("not an alert group (kind " + value.charAt(at + 1) + "): " + value);
        };
    }
}
