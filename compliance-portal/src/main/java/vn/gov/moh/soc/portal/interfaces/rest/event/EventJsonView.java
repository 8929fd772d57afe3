package vn.gov.moh.soc.portal.interfaces.rest.event;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Map;
import vn.gov.moh.soc.portal.application.event.EventHit;
import vn.gov.moh.soc.portal.application.event.EventPage;

/** The JSON of a result page and of an event: fields under their flat dotted names, as soc-core writes them. */
final class EventJsonView {
    private EventJsonView() {
    }

    static JsonObjectBuilder hit(EventHit e) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("index", e.index()).add("id", e.id());
        if (e.timestamp() != null) {
            b.add("timestamp", e.timestamp().toString());
        }
        return b.add("fields", Json.createObjectBuilder(e.fields()));
    }

    static JsonArrayBuilder hits(List<EventHit> events) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        events.forEach(e -> a.add(hit(e)));
        return a;
    }

    static JsonObjectBuilder page(EventPage p) {
        JsonObjectBuilder facets = Json.createObjectBuilder();
        for (Map.Entry<String, List<EventPage.FacetCount>> f : p.facets().entrySet()) {
            JsonArrayBuilder values = Json.createArrayBuilder();
            f.getValue().forEach(c -> values.add(Json.createObjectBuilder().add("value", c.value()).add("count", c.count())));
            facets.add(f.getKey(), values);
        }
        JsonArrayBuilder histogram = Json.createArrayBuilder();
        p.histogram().forEach(b -> histogram.add(Json.createObjectBuilder().add("start", b.start().toString()).add("count", b.count())));
        JsonObjectBuilder b = Json.createObjectBuilder().add("total", p.total()).add("events", hits(p.events()))
                .add("facets", facets).add("interval", p.interval().toString())
                .add("intervalSeconds", p.interval().toSeconds()).add("histogram", histogram);
        if (p.next() != null) {
            b.add("next", p.next());
        }
        return b;
    }
}
