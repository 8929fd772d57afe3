package vn.gov.moh.soc.jobs.detect;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import vn.gov.moh.soc.core.event.Event;
import vn.gov.moh.soc.core.sigma.CorrelationRoutes;
import vn.gov.moh.soc.core.sigma.correlation.Correlator;
import vn.gov.moh.soc.jobs.record.CorrelationHit;

/** Turning a rule match into a hit for a correlation, and a hit's group back into its map. */
final class Hits {
    private Hits() {
    }

    /** The hit of an event for the route's correlation, or null when the event lacks a group-by field. */
    static CorrelationHit of(CorrelationRoutes routes, CorrelationRoutes.Route route, Event event, long time) {
        Correlator c = route.correlator();
        Optional<Map<String, String>> group = c.groupOf(route.index(), event);
        if (group.isEmpty()) {
            return null;
        }
        CorrelationHit hit = new CorrelationHit(c.key(group.get()), CorrelationRoutes.keyOf(c.rule()), routes.depth(c),
                route.index(), group.get().values().toArray(String[]::new), time, event.text("event.id"),
                c.conditionValue(route.index(), event));
        String target = Targets.of(event);
        hit.targets = target == null ? null : new String[] {target};
        return hit;
    }

    static Map<String, String> group(Correlator c, CorrelationHit hit) {
        return c.group(Arrays.asList(hit.group));
    }
}
