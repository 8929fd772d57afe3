package vn.gov.moh.soc.portal.application.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.gov.moh.soc.portal.application.AccessDeniedException;
import vn.gov.moh.soc.portal.application.AccessPolicy;
import vn.gov.moh.soc.portal.application.Caller;
import vn.gov.moh.soc.portal.application.NotFoundException;
import vn.gov.moh.soc.portal.application.alert.AlertDirectory;
import vn.gov.moh.soc.portal.domain.model.alert.AlertSummary;
import vn.gov.moh.soc.portal.domain.model.unit.UnitId;
import vn.gov.moh.soc.portal.domain.model.unit.UnitRepository;

/**
 * The event search's use cases, each taking the {@link Caller}: the unit limit of
 * {@link AccessPolicy#eventReadableUnits} goes into every request to the store, so an officer's
 * facets, histogram and totals count only the own subtree's events too. Reads only: nothing is
 * audited (the store keeps no record of searches either).
 */
@ApplicationScoped
public class EventSearchService {
    @Inject
    EventSearch events;
    @Inject
    AlertDirectory alerts;
    @Inject
    UnitRepository units;

    public EventPage search(Caller caller, EventQuery query) {
        return events.search(query, scope(caller));
    }

    /** One stored event; 404 when absent, 403 when it belongs to a unit the caller may not see. */
    public EventDocument document(Caller caller, String index, String id) {
        Optional<Set<UnitId>> scope = scope(caller);
        EventDocument doc = events.document(index, id)
                .orElseThrow(() -> new NotFoundException("no event " + id + " in " + index));
        if (scope.isPresent() && !visible(doc.hit().text("organization.id"), scope.get())) {
            throw new AccessDeniedException(caller.name() + " may not read events of unit '"
                    + doc.hit().text("organization.id") + "'");
        }
        return doc;
    }

    /**
     * The events an alert was raised on ({@code soc.alert.event_ids}); 404 for an unknown alert, 403
     * for an officer when the alert names none of the officer's units.
     */
    public AlertEvents alertEvents(Caller caller, String alertId) {
        Optional<Set<UnitId>> scope = scope(caller);
        AlertSummary alert = alerts.find(List.of(alertId)).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("no alert " + alertId));
        if (scope.isPresent() && alert.unitIds().stream().noneMatch(u -> visible(u, scope.get()))) {
            throw new AccessDeniedException(caller.name() + " may not read alert " + alertId + " of units " + alert.unitIds());
        }
        List<EventHit> found = alert.eventIds().isEmpty() ? List.of() : events.byIds(alert.eventIds(), scope);
        Set<String> foundIds = new HashSet<>();
        found.forEach(e -> foundIds.add(e.id()));
        List<String> missing = new ArrayList<>();
        alert.eventIds().stream().filter(id -> !foundIds.contains(id)).distinct().forEach(missing::add);
        return new AlertEvents(alert, found, missing);
    }

    private Optional<Set<UnitId>> scope(Caller caller) {
        Optional<Set<UnitId>> scope = AccessPolicy.eventReadableUnits(caller, units.hierarchy());
        if (scope.isPresent() && scope.get().isEmpty()) {
            throw new AccessDeniedException(caller.name() + " may not search events (no role that reads them, or no unit)");
        }
        return scope;
    }

    private static boolean visible(String unit, Set<UnitId> scope) {
        return unit != null && !unit.isEmpty() && scope.stream().anyMatch(u -> u.value().equals(unit));
    }
}
