package vn.gov.moh.soc.portal.domain.model.incident;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.gov.moh.soc.portal.domain.model.unit.UnitId;

/** Where incidents are kept, with the deadline table and the reporting rules. */
public interface IncidentRepository {
    Optional<Incident> find(IncidentId id);

    /** The next reference of the year; reserved for the caller's transaction (two creations never share one). */
    IncidentReference nextReference(int year);

    /** Saves a new incident (no id) or replaces one; returns it with its id. */
    Incident save(Incident incident);

    /**
     * Incidents affecting one of {@code visibleUnits} (null: all), filtered by status and severity
     * when given, newest first, at most {@code limit}.
     */
    List<Incident> search(Set<UnitId> visibleUnits, IncidentStatus status, Severity severity, String text, int limit);

    /** For each of these alert ids linked to an incident, that incident's reference. */
    Map<String, IncidentReference> incidentsOfAlerts(Collection<String> alertIds);

    ResponseDeadlineTable deadlines();

    void saveDeadline(ResponseDeadline row, String by);

    List<ReportingRule> reportingRules();
}
