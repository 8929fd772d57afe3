package vn.gov.moh.soc.portal.application.event;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.gov.moh.soc.portal.domain.model.unit.UnitId;

/**
 * The events store (the namespace's daily events indices). {@code units} limits every answer to
 * events whose {@code organization.id} is one of them; empty optional: no limit. Every method throws
 * {@code SearchUnavailableException} when the store is not configured or does not answer.
 */
public interface EventSearch {
    /** @throws vn.gov.moh.soc.portal.application.InvalidFieldException naming {@code q} when the store refuses the query string, or {@code after} for a cursor it did not give */
    EventPage search(EventQuery query, Optional<Set<UnitId>> units);

    /** The event stored under this id in this daily index; empty when there is none (or the index is not an events index). */
    Optional<EventDocument> document(String index, String id);

    /** The events with these ids (their {@code event.id}), oldest first; ids not found are left out. */
    List<EventHit> byIds(Collection<String> ids, Optional<Set<UnitId>> units);
}
