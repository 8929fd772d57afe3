package vn.gov.moh.soc.portal.application.alert;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import vn.gov.moh.soc.portal.application.AccessDeniedException;
import vn.gov.moh.soc.portal.application.AccessPolicy;
import vn.gov.moh.soc.portal.application.Caller;
import vn.gov.moh.soc.portal.application.InvalidFieldException;
import vn.gov.moh.soc.portal.application.NotFoundException;
import vn.gov.moh.soc.portal.domain.model.alert.AlertDetail;
import vn.gov.moh.soc.portal.domain.model.alert.AlertFilter;
import vn.gov.moh.soc.portal.domain.model.alert.AlertGroupPage;
import vn.gov.moh.soc.portal.domain.model.alert.AlertPage;
import vn.gov.moh.soc.portal.domain.model.alert.AlertSort;
import vn.gov.moh.soc.portal.domain.model.alert.AlertSummary;
import vn.gov.moh.soc.portal.domain.model.alert.AlertsEscalated;
import vn.gov.moh.soc.portal.domain.model.alert.TriageStatus;
import vn.gov.moh.soc.portal.domain.model.audit.AuditTrail;
import vn.gov.moh.soc.portal.domain.model.unit.UnitId;
import vn.gov.moh.soc.portal.domain.model.unit.UnitRepository;

/**
 * The SOC console's alert queue: searching, grouping and reading alerts within what the caller may
 * see ({@link AccessPolicy#alertReadableUnits}: an officer's scope is added to every query here,
 * whatever the request asks), and triage by analysts and admins: the status and who/when/why are
 * written into the documents, and each alert changed gets an audit record.
 */
@ApplicationScoped
public class AlertQueueService {
    private static final Logger LOG = Logger.getLogger(AlertQueueService.class.getName());
    /** Most alerts one triage decision changes: one multi-get and one bulk request. */
    public static final int MAX_TRIAGE = 1000;
    static final int MAX_REASON = 1000;

    @Inject
    AlertQueue queue;
    @Inject
    AlertDirectory directory;
    @Inject
    UnitRepository units;
    @Inject
    AuditTrail audit;

    private final Clock clock = Clock.systemUTC();

    public AlertPage list(Caller caller, AlertFilter filter, AlertSort sort, boolean descending, int size, String after) {
        return queue.page(filter, scope(caller), sort, descending, size, after);
    }

    public AlertGroupPage groups(Caller caller, AlertFilter filter, int size, String after) {
        return queue.groups(filter, scope(caller), size, after);
    }

    /**
     * The ids of a group's alerts as the caller sees them with the filter (for escalating a whole
     * group into an incident).
     *
     * @throws InvalidFieldException the group has more than {@link #MAX_TRIAGE} alerts
     */
    public List<String> groupIds(Caller caller, AlertFilter filter, AlertQueue.GroupRef group) {
        List<String> ids = queue.groupIds(filter, scope(caller), group, MAX_TRIAGE);
        if (ids.size() > MAX_TRIAGE) {
            throw new InvalidFieldException("group", "at most " + MAX_TRIAGE + " alerts at once: narrow the group's time range");
        }
        return ids;
    }

    /** How many alerts of the filter are at or after {@code since}: the live refresh's "N new alerts". */
    public long countSince(Caller caller, AlertFilter filter, Instant since) {
        Instant start = filter.from() != null && filter.from().isAfter(since) ? filter.from() : since;
        if (filter.to() != null && !start.isBefore(filter.to())) {
            return 0;
        }
        return queue.count(filter.since(start), scope(caller));
    }

    /**
     * One alert with its document.
     *
     * @throws NotFoundException     no such alert
     * @throws AccessDeniedException an officer asking for an alert that touched none of their units
     */
    public AlertDetail read(Caller caller, String id) {
        AlertDetail detail = queue.detail(id).orElseThrow(() -> new NotFoundException("no alert " + id));
        Set<String> scope = scope(caller);
        if (scope != null && detail.summary().unitIds().stream().noneMatch(scope::contains)) {
            throw new AccessDeniedException(caller.name() + " may not read alert " + id + " of " + detail.summary().unitIds());
        }
        return detail;
    }

    /**
     * Sets the status of the alerts the request names (by id or as a group), writing who, when and
     * why into each document and one audit record per alert changed, in one transaction. The
     * documents are written first: a change Elasticsearch did not take is reported and not audited.
     *
     * @throws AccessDeniedException the caller is not an analyst or an admin
     * @throws InvalidFieldException no or both of ids and group, more than {@link #MAX_TRIAGE}
     *                               alerts, an unknown id, a closing status without a reason, or
     *                               {@code escalated} (an incident escalates)
     */
    @Transactional
    public TriageResult triage(Caller caller, TriageRequest request) {
        if (!AccessPolicy.canTriageAlerts(caller)) {
            throw new AccessDeniedException(caller.name() + " may not triage alerts");
        }
        if (request.status() == TriageStatus.ESCALATED) {
            throw new InvalidFieldException("status", "alerts are escalated by opening an incident with them, not by triage");
        }
        String reason = request.reason() == null || request.reason().isBlank() ? null : request.reason().strip();
        if (request.status().closed() && reason == null) {
            throw new InvalidFieldException("reason", "closing alerts as " + request.status().documentValue() + " needs a reason");
        }
        if (reason != null && reason.length() > MAX_REASON) {
            throw new InvalidFieldException("reason", "reason is at most " + MAX_REASON + " characters");
        }
        List<String> ids = targets(request);
        List<AlertSummary> found = directory.find(ids);
        Set<String> foundIds = found.stream().map(AlertSummary::id).collect(Collectors.toSet());
        List<String> unknown = ids.stream().filter(i -> !foundIds.contains(i)).toList();
        if (!unknown.isEmpty()) {
            throw new InvalidFieldException("ids", "no alert " + String.join(", ", unknown.subList(0, Math.min(10, unknown.size())))
                    + (unknown.size() > 10 ? " and " + (unknown.size() - 10) + " more" : ""));
        }
        List<String> unchanged = new ArrayList<>();
        Map<String, AlertSummary> toChange = new LinkedHashMap<>();
        for (AlertSummary a : found) {
            if (request.status().documentValue().equals(a.status())) {
                unchanged.add(a.id());
            } else {
                toChange.put(a.id(), a);
            }
        }
        Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Map<String, String> failed = toChange.isEmpty() ? Map.of()
                : queue.writeStatus(toChange.keySet(), new AlertQueue.StatusChange(request.status(), caller.name(), at, reason, null));
        List<String> changed = new ArrayList<>();
        for (AlertSummary a : toChange.values()) {
            if (failed.containsKey(a.id())) {
                continue;
            }
            JsonObjectBuilder after = Json.createObjectBuilder().add("status", request.status().documentValue()).add("at", at.toString());
            if (reason != null) {
                after.add("reason", reason);
            }
            audit.append(caller.name(), "alert.triage", "alert", a.id(),
                    Json.createObjectBuilder().add("status", String.valueOf(a.status())).build().toString(), after.build().toString());
            changed.add(a.id());
        }
        return new TriageResult(changed, unchanged, failed);
    }

    /**
     * Marks the alerts of a new incident as escalated, with its reference, once the incident's
     * transaction has committed (an incident rolled back escalates nothing). The incident's own
     * audit record names its alerts; a write Elasticsearch refuses is logged, and the incident
     * keeps the link.
     */
    void escalated(@Observes(during = TransactionPhase.AFTER_SUCCESS) AlertsEscalated event) {
        if (event.alertIds().isEmpty()) {
            return;
        }
        try {
            Map<String, String> failed = queue.writeStatus(new LinkedHashSet<>(event.alertIds()), new AlertQueue.StatusChange(
                    TriageStatus.ESCALATED, event.by(), event.at(), null, event.incidentReference()));
            if (!failed.isEmpty()) {
                LOG.warning(() -> "alerts of incident " + event.incidentReference() + " not marked escalated: " + failed);
            }
        } catch (RuntimeException e) {
            LOG.warning(() -> "alerts of incident " + event.incidentReference() + " not marked escalated: " + e.getMessage());
        }
    }

    private List<String> targets(TriageRequest request) {
        boolean byIds = !request.ids().isEmpty();
        if (byIds == (request.group() != null)) {
            throw new InvalidFieldException("ids", "name the alerts either by ids or by a group, not " + (byIds ? "both" : "neither"));
        }
        List<String> ids;
        if (byIds) {
            ids = List.copyOf(new LinkedHashSet<>(request.ids()));
        } else {
            if (request.group().ruleId() == null || request.group().ruleId().isBlank()) {
                throw new InvalidFieldException("group.rule", "a group is named by its rule");
            }
            // Analysts triage all of a group: the scope is theirs (every unit).
            ids = queue.groupIds(request.groupFilter(), null, request.group(), MAX_TRIAGE);
            if (ids.isEmpty()) {
                throw new InvalidFieldException("group", "no alert in the group " + request.group());
            }
        }
        if (ids.size() > MAX_TRIAGE) {
            throw new InvalidFieldException(byIds ? "ids" : "group", "at most " + MAX_TRIAGE
                    + " alerts at once" + (byIds ? "" : ": narrow the group's time range"));
        }
        return ids;
    }

    /** The caller's unit scope for the queue: null for every unit. */
    private Set<String> scope(Caller caller) {
        Optional<Set<UnitId>> readable = AccessPolicy.alertReadableUnits(caller, units.hierarchy());
        if (readable.isEmpty()) {
            return null;
        }
        Set<String> ids = new HashSet<>();
        readable.get().forEach(u -> ids.add(u.value()));
        return ids;
    }
}
