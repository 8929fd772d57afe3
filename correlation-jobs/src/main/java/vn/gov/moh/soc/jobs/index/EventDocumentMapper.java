package vn.gov.moh.soc.jobs.index;

import java.time.Instant;
import java.time.ZoneOffset;
import vn.gov.moh.soc.core.event.Event;
import vn.gov.moh.soc.core.event.EventJson;
import vn.gov.moh.soc.core.naming.Namespace;

/**
 * Events to their daily index {@code soc-events-YYYY.MM.DD} (the UTC day of {@code @timestamp}),
 * under their {@code event.id}. An event without either cannot be placed: it goes to the dead
 * letters with that reason.
 */
public final class EventDocumentMapper implements DocumentMapper<Event> {
    private static final long serialVersionUID = 1L;

    private final Namespace namespace;

    public EventDocumentMapper(Namespace namespace) {
        this.namespace = namespace;
    }

    @Override
    public IndexDocument toDocument(Event event) {
        String id = event.text("event.id");
        if (id == null || id.isEmpty()) {
            throw new IllegalArgumentException("the event has no event.id");
        }
        Instant time = event.timestamp();
        if (time == null) {
            throw new IllegalArgumentException("event " + id + " has no valid @timestamp");
        }
        return new IndexDocument(dailyIndex(namespace, time), id, EventJson.write(event));
    }

    /** The events index of the UTC day of {@code time}. */
    static String dailyIndex(Namespace namespace, Instant time) {
        return namespace.eventsIndex(time.atOffset(ZoneOffset.UTC).toLocalDate());
    }
}
