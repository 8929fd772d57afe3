package vn.gov.moh.soc.portal.application.incident;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import vn.gov.moh.soc.portal.application.AccessDeniedException;
import vn.gov.moh.soc.portal.application.AccessPolicy;
import vn.gov.moh.soc.portal.application.Caller;
import vn.gov.moh.soc.portal.application.ConflictException;
import vn.gov.moh.soc.portal.application.InvalidFieldException;
import vn.gov.moh.soc.portal.application.LocalDay;
import vn.gov.moh.soc.portal.application.NotFoundException;
import vn.gov.moh.soc.portal.application.alert.AlertDirectory;
import vn.gov.moh.soc.portal.domain.model.alert.AlertSummary;
import vn.gov.moh.soc.portal.domain.model.alert.AlertsEscalated;
import vn.gov.moh.soc.portal.domain.model.alert.TriageStatus;
import vn.gov.moh.soc.portal.domain.model.audit.AuditTrail;
import vn.gov.moh.soc.portal.domain.model.incident.Incident;
import vn.gov.moh.soc.portal.domain.model.incident.IncidentDeadlines;
import vn.gov.moh.soc.portal.domain.model.incident.IncidentId;
import vn.gov.moh.soc.portal.domain.model.incident.IncidentPriority;
import vn.gov.moh.soc.portal.domain.model.incident.IncidentReference;
import vn.gov.moh.soc.portal.domain.model.incident.IncidentRepository;
import vn.gov.moh.soc.portal.domain.model.incident.IncidentStatus;
import vn.gov.moh.soc.portal.domain.model.incident.ReportingRule;
import vn.gov.moh.soc.portal.domain.model.incident.ResponseDeadline;
import vn.gov.moh.soc.portal.domain.model.incident.ResponseDeadlineTable;
import vn.gov.moh.soc.portal.domain.model.incident.Severity;
import vn.gov.moh.soc.portal.domain.model.unit.Unit;
import vn.gov.moh.soc.portal.domain.model.unit.UnitHierarchy;
import vn.gov.moh.soc.portal.domain.model.unit.UnitId;
import vn.gov.moh.soc.portal.domain.model.unit.UnitRepository;
import vn.gov.moh.soc.portal.infrastructure.json.IncidentJson;
import vn.gov.moh.soc.portal.infrastructure.stix.StixBundle;

/**
 * Incidents: escalation of alerts, the handling of an incident, the deadline table and the
 * reporting rules. Each method takes the caller first and runs in one transaction; every change is
 * audited with the incident's state before and after ({@link IncidentJson#snapshot}), and an
 * escalation is announced ({@link AlertsEscalated}) once committed. Refusals of the domain come
 * back as {@link InvalidFieldException} naming the request field, or 409 for the status machine.
 */
@ApplicationScoped
@Transactional
public class IncidentService {
    /** More alerts than one escalation takes (the alert directory's multi-get limit is higher). */
    public static final int MAX_ALERTS = 500;
    public static final int MAX_LIST = 500;

    @Inject
    IncidentRepository incidents;
    @Inject
    UnitRepository units;
    @Inject
    AlertDirectory alerts;
    @Inject
    AuditTrail audit;
    @Inject
    EscalationNotices notices;

    /** Fields of a new incident; nulls are proposed from the alerts. */
    public record NewIncident(String title, String description, Severity severity, IncidentPriority priority, List<String> alertIds) {
        public NewIncident {
            alertIds = alertIds == null ? List.of() : List.copyOf(alertIds);
        }
    }

    public List<IncidentView> list(Caller caller, IncidentStatus status, Severity severity, String text, int limit) {
        UnitHierarchy tree = units.hierarchy();
        Optional<Set<UnitId>> readable = AccessPolicy.incidentReadableUnits(caller, tree);
        Instant now = now();
        ResponseDeadlineTable table = incidents.deadlines();
        List<ReportingRule> rules = incidents.reportingRules();
        return incidents.search(readable.orElse(null), status, severity, text == null || text.isBlank() ? null : text.strip(),
                Math.max(1, Math.min(limit, MAX_LIST))).stream().map(i -> view(caller, i, tree, table, rules, now)).toList();
    }

    public IncidentView read(Caller caller, IncidentId id) {
        UnitHierarchy tree = units.hierarchy();
        Incident incident = readable(caller, id, tree);
        return view(caller, incident, tree, incidents.deadlines(), incidents.reportingRules(), now());
    }

    /**
     * The incident as a STIX 2.1 bundle, reported by its first affected unit (the one its first
     * alert named), or the sector's top unit when it affects none.
     */
    public ObjectNode stix(Caller caller, IncidentId id) {
        UnitHierarchy tree = units.hierarchy();
        Incident incident = readable(caller, id, tree);
        UnitId reporter = incident.unitsInOrder().stream().findFirst()
                .orElseGet(() -> tree.roots().isEmpty() ? UnitId.of("byt") : tree.roots().get(0).id());
        String name = tree.find(reporter).map(Unit::name).orElse(reporter.value());
        return StixBundle.of(incident, reporter.value(), name);
    }

    /** What escalating these alerts would make (the new-incident page shows it before creating). */
    public EscalationProposal propose(Caller caller, List<String> alertIds) {
        requireHandler(caller);
        List<String> ids = alertIds(alertIds);
        return EscalationProposal.of(ids, alerts.find(ids), incidents.incidentsOfAlerts(ids));
    }

    /**
     * A new incident, from alerts or none.
     *
     * @throws InvalidFieldException {@code alertIds}: unknown ids (named)
     * @throws ConflictException alerts in an incident already, or marked escalated (named, with the incident)
     */
    public IncidentView create(Caller caller, NewIncident request) {
        requireHandler(caller);
        List<AlertSummary> found = List.of();
        EscalationProposal proposal = null;
        if (!request.alertIds().isEmpty()) {
            List<String> ids = alertIds(request.alertIds());
            proposal = EscalationProposal.of(ids, alerts.find(ids), incidents.incidentsOfAlerts(ids));
            requireEscalatable(proposal);
            found = proposal.alerts();
        }
        String title = request.title() != null ? request.title() : proposal == null ? null : proposal.title();
        if (title == null || title.isBlank()) {
            throw new InvalidFieldException("title", "title is required (or give alertIds to have one proposed)");
        }
        Severity severity = request.severity() != null ? request.severity() : proposal != null ? proposal.severity() : null;
        if (severity == null) {
            throw new InvalidFieldException("severity", "severity is required without alerts");
        }
        IncidentPriority priority = request.priority() != null ? request.priority() : proposal != null ? proposal.priority() : IncidentPriority.P3;
        Instant now = now();
        IncidentReference reference = incidents.nextReference(LocalDay.today().getYear());
        List<AlertSummary> linked = found;
        Incident made = domain("title", () -> Incident.open(reference, title, request.description(), severity, priority, linked,
                caller.name(), now));
        Incident saved = incidents.save(made);
        audit.append(caller.name(), "incident.create", "incident", saved.id().toString(), null, IncidentJson.snapshot(saved));
        announce(saved, found, caller, now);
        UnitHierarchy tree = units.hierarchy();
        return view(caller, saved, tree, incidents.deadlines(), incidents.reportingRules(), now);
    }

    /** Links more alerts into an open incident (same checks as {@link #create}). */
    public IncidentView linkAlerts(Caller caller, IncidentId id, List<String> alertIds) {
        requireHandler(caller);
        List<String> ids = alertIds(alertIds);
        if (ids.isEmpty()) {
            throw new InvalidFieldException("alertIds", "give at least one alert id");
        }
        EscalationProposal proposal = EscalationProposal.of(ids, alerts.find(ids), incidents.incidentsOfAlerts(ids));
        requireEscalatable(proposal);
        Instant now = now();
        IncidentView after = change(caller, id, "incident.link-alerts", "alertIds",
                i -> i.linkAlerts(proposal.alerts(), caller.name(), now), now);
        announce(after.incident(), proposal.alerts(), caller, now);
        return after;
    }

    /** Applies one change to the incident as its handler (analyst, admin): the domain method gets who and when. */
    public IncidentView handle(Caller caller, IncidentId id, String action, String field, Change change) {
        requireHandler(caller);
        Instant now = now();
        return change(caller, id, "incident." + action, field, i -> change.apply(i, caller.name(), now), now);
    }

    /** A comment, by a handler or by an officer of an affected unit, in any status. */
    public IncidentView comment(Caller caller, IncidentId id, String text) {
        UnitHierarchy tree = units.hierarchy();
        Incident before = readable(caller, id, tree);
        if (!AccessPolicy.canCommentIncident(caller, before.units(), tree)) {
            throw new AccessDeniedException(caller.name() + " may not comment on " + before.reference());
        }
        Instant now = now();
        return change(caller, id, "incident.comment", "text", i -> i.comment(text, caller.name(), now), now);
    }

    /** A change of an incident by the caller at a moment. */
    @FunctionalInterface
    public interface Change {
        void apply(Incident incident, String by, Instant at);
    }

    public ResponseDeadlineTable deadlines(Caller caller) {
        requireReader(caller);
        return incidents.deadlines();
    }

    /** Replaces a row of the deadline table (admins only); applies to open incidents at once. */
    public ResponseDeadlineTable updateDeadline(Caller caller, ResponseDeadline row) {
        if (!caller.is(Caller.ADMIN)) {
            throw new AccessDeniedException(caller.name() + " may not change the response deadlines");
        }
        ResponseDeadlineTable before = incidents.deadlines();
        ResponseDeadline old = before.find(row.severity(), row.systemLevel());
        incidents.saveDeadline(row, caller.name());
        audit.append(caller.name(), "incident.deadline", "response-deadline", row.severity() + "/" + row.systemLevel(),
                IncidentJson.write(IncidentJson.deadlineRow(old)), IncidentJson.write(IncidentJson.deadlineRow(row)));
        return incidents.deadlines();
    }

    public List<ReportingRule> reportingRules(Caller caller) {
        requireReader(caller);
        return incidents.reportingRules();
    }

    private IncidentView change(Caller caller, IncidentId id, String action, String field, Consumer<Incident> change, Instant now) {
        UnitHierarchy tree = units.hierarchy();
        Incident incident = readable(caller, id, tree);
        String before = IncidentJson.snapshot(incident);
        domain(field, () -> {
            change.accept(incident);
            return incident;
        });
        Incident saved = incidents.save(incident);
        audit.append(caller.name(), action, "incident", id.toString(), before, IncidentJson.snapshot(saved));
        return view(caller, saved, tree, incidents.deadlines(), incidents.reportingRules(), now);
    }

    private Incident readable(Caller caller, IncidentId id, UnitHierarchy tree) {
        Incident incident = incidents.find(id).orElseThrow(() -> new NotFoundException("no incident " + id));
        if (!AccessPolicy.canReadIncident(caller, incident.units(), tree)) {
            throw new AccessDeniedException(caller.name() + " may not read incident " + id);
        }
        return incident;
    }

    private IncidentView view(Caller caller, Incident i, UnitHierarchy tree, ResponseDeadlineTable table, List<ReportingRule> rules,
            Instant now) {
        return new IncidentView(i, IncidentDeadlines.of(i, table, rules, now), AccessPolicy.canHandleIncidents(caller),
                AccessPolicy.canCommentIncident(caller, i.units(), tree));
    }

    private void announce(Incident saved, List<AlertSummary> linked, Caller caller, Instant now) {
        if (!linked.isEmpty()) {
            notices.afterCommit(new AlertsEscalated(linked.stream().map(AlertSummary::id).toList(), saved.id().value(),
                    saved.reference().toString(), caller.name(), now));
        }
    }

    private static void requireEscalatable(EscalationProposal p) {
        if (!p.unknown().isEmpty()) {
            throw new InvalidFieldException("alertIds", "no such alert: " + String.join(", ", p.unknown()));
        }
        domain("alertIds", () -> {
            Incident.requireOneKind(p.alerts().stream().map(AlertSummary::drill).toList());
            return null;
        });
        if (!p.escalated().isEmpty()) {
            throw new ConflictException("already escalated: " + p.escalated().entrySet().stream()
                    .map(e -> e.getKey() + " (" + e.getValue() + ")").collect(Collectors.joining(", ")));
        }
        List<String> marked = p.alerts().stream().filter(a -> TriageStatus.ESCALATED.documentValue().equals(a.status()))
                .map(AlertSummary::id).toList();
        if (!marked.isEmpty()) {
            throw new ConflictException("already escalated (marked in the alert): " + String.join(", ", marked));
        }
    }

    private static List<String> alertIds(Collection<String> given) {
        List<String> ids = new ArrayList<>(new LinkedHashSet<>(given == null ? List.of() : given));
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            if (id == null || id.isBlank() || id.length() > 200) {
                throw new InvalidFieldException("alertIds[" + i + "]", "an alert id is 1 to 200 characters");
            }
        }
        if (ids.size() > MAX_ALERTS) {
            throw new InvalidFieldException("alertIds", "at most " + MAX_ALERTS + " alerts at once, not " + ids.size());
        }
        return ids;
    }

    private static void requireHandler(Caller caller) {
        if (!AccessPolicy.canHandleIncidents(caller)) {
            throw new AccessDeniedException(caller.name() + " may not handle incidents");
        }
    }

    private void requireReader(Caller caller) {
        if (AccessPolicy.incidentReadableUnits(caller, units.hierarchy()).map(Set::isEmpty).orElse(false)) {
            throw new AccessDeniedException(caller.name() + " may not read incidents");
        }
    }

    private static <T> T domain(String field, java.util.function.Supplier<T> make) {
        try {
            return make.get();
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException(field, e.getMessage());
        } catch (java.util.NoSuchElementException e) {
            // A task or observable the incident does not have: the path names nothing.
            throw new NotFoundException(e.getMessage());
        }
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
