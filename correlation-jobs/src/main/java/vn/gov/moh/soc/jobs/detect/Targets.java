package vn.gov.moh.soc.jobs.detect;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.gov.moh.soc.core.event.Event;

/**
 * The hosts a correlation's events were aimed at, carried from the hits into the correlation's
 * alert. A group by {@code source.ip} alone (brute force from one source) names only the
 * attacker; the alert must still say which systems were attacked, so that the enrichment stage
 * finds their assets and the priority follows the most sensitive of them.
 *
 * <p>A target is the event's unit ({@code organization.id}), host ({@code host.name}) and
 * targeted address ({@code destination.ip}, else {@code host.ip}), encoded as one string (the
 * three parts separated by U+001F) so that hits and state stay plain strings.
 */
final class Targets {
    /** Distinct targets kept per correlation window: enough for a sweep across a ward's servers, and bounded. */
    static final int MAX = 16;
    private static final char SEPARATOR = '\u001f';

    private Targets() {
    }

    /** The target of an event, or null when it names neither a host nor an address. */
    static String of(Event event) {
        String host = event.text("host.name");
        String address = first(event.get("destination.ip"));
        if (address == null) {
            address = first(event.get("host.ip"));
        }
        if (host == null && address == null) {
            return null;
        }
        String unit = event.text("organization.id");
        return (unit == null ? "" : unit) + SEPARATOR + (host == null ? "" : host) + SEPARATOR
                + (address == null ? "" : address);
    }

    private static String first(Object value) {
        if (value instanceof Collection<?> many) {
            return many.isEmpty() ? null : String.valueOf(many.iterator().next());
        }
        return value == null ? null : value.toString();
    }

    /**
     * Writes the targets into a correlation's alert document, as a rule match carries its event's:
     * {@code organization.id}, {@code host.name} and {@code host.ip}, each one value when all
     * targets agree and a list of the distinct values otherwise. Fields the group already sets
     * (a group by {@code host.name}) are left as they are.
     */
    static void addTo(Event alert, Collection<String> targets) {
        Set<String> units = new LinkedHashSet<>();
        Set<String> hosts = new LinkedHashSet<>();
        Set<String> addresses = new LinkedHashSet<>();
        for (String t : targets) {
            String[] parts = t.split(String.valueOf(SEPARATOR), -1);
            add(units, parts[0]);
            add(hosts, parts.length > 1 ? parts[1] : "");
            add(addresses, parts.length > 2 ? parts[2] : "");
        }
        put(alert, "organization.id", units);
        put(alert, "host.name", hosts);
        put(alert, "host.ip", addresses);
    }

    private static void add(Set<String> values, String value) {
        if (!value.isEmpty()) {
            values.add(value);
        }
    }

    private static void put(Event alert, String field, Set<String> values) {
        if (values.isEmpty() || alert.has(field)) {
            return;
        }
        alert.put(field, values.size() == 1 ? values.iterator().next() : List.copyOf(values));
    }

    /** The targets of the map (target to newest hit time) at or after {@code since}, in a stable order. */
    static List<String> since(Iterable<Map.Entry<String, Long>> targets, long since) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Long> e : targets) {
            if (e.getValue() >= since) {
                out.add(e.getKey());
            }
        }
        out.sort(null);
        return out;
    }
}
