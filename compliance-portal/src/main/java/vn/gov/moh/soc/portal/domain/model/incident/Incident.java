package vn.gov.moh.soc.portal.domain.model.incident;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.gov.moh.soc.portal.domain.model.alert.AlertSummary;
import vn.gov.moh.soc.portal.domain.model.unit.UnitId;
import vn.gov.moh.soc.portal.domain.shared.Text;

/**
 * A security incident (sự cố an toàn thông tin mạng): what happened, how bad, who works it, in
 * which phase, what it touched, and every change in its timeline. Each change method takes who and
 * when and appends its {@link TimelineEntry}; a closed incident takes comments and a reopening only.
 *
 * <p>Status rules ({@link #moveTo}, {@link #close}, {@link #reopen}): phases go forward, and may be
 * skipped (a phishing mail blocked at the gateway has nothing to eradicate); the only way back is
 * to containment, from eradication, recovery or the review, when the attacker is found still
 * active. Closing needs a resolution and a note; a true positive is closed from the post-incident
 * review only, since that review records cause, results and lessons (Decision 4494/QĐ-BYT). A
 * closed incident is reopened into "in progress" with a reason.
 */
public final class Incident {
    static final int MIN_NOTE = 10;

    private final IncidentId id;
    private final IncidentReference reference;
    private final Instant createdAt;
    private final String createdBy;
    private String title;
    private String description;
    private Severity severity;
    private IncidentPriority priority;
    private IncidentStatus status;
    private Resolution resolution;
    private String resolutionNote;
    private String assignee;
    private Instant detectedAt;
    private Instant respondedAt;
    private Instant resolvedAt;
    private Instant reportedAt;
    private int reopenCount;
    private int systemLevel;
    private final List<LinkedAlert> alerts;
    private final Set<UnitId> units;
    private final List<AffectedSystem> systems;
    private final List<Observable> observables;
    private final List<IncidentTask> tasks;
    private final List<Comment> comments;
    private final List<TimelineEntry> timeline;

    /** Every field, as a repository restores it; {@link #open} makes a new one. */
    public Incident(IncidentId id, IncidentReference reference, Instant createdAt, String createdBy, String title, String description,
            Severity severity, IncidentPriority priority, IncidentStatus status, Resolution resolution, String resolutionNote,
            String assignee, Instant detectedAt, Instant respondedAt, Instant resolvedAt, Instant reportedAt, int reopenCount,
            int systemLevel, List<LinkedAlert> alerts, Collection<UnitId> units, List<AffectedSystem> systems,
            List<Observable> observables, List<IncidentTask> tasks, List<Comment> comments, List<TimelineEntry> timeline) {
        this.id = id;
        this.reference = Objects.requireNonNull(reference, "reference");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.title = Text.required(title, "the title", 300);
        this.description = Text.optional(description, "the description", 20_000);
        this.severity = Objects.requireNonNull(severity, "severity");
        this.priority = Objects.requireNonNull(priority, "priority");
        this.status = Objects.requireNonNull(status, "status");
        this.resolution = resolution;
        this.resolutionNote = resolutionNote;
        this.assignee = assignee;
        this.detectedAt = Objects.requireNonNull(detectedAt, "detectedAt");
        this.respondedAt = respondedAt;
        this.resolvedAt = resolvedAt;
        this.reportedAt = reportedAt;
        this.reopenCount = reopenCount;
        this.systemLevel = systemLevel;
        this.alerts = new ArrayList<>(alerts);
        this.units = new LinkedHashSet<>(units);
        this.systems = new ArrayList<>(systems);
        this.observables = new ArrayList<>(observables);
        this.tasks = new ArrayList<>(tasks);
        this.comments = new ArrayList<>(comments);
        this.timeline = new ArrayList<>(timeline);
        if ((status == IncidentStatus.CLOSED) != (resolution != null)) {
            throw new IllegalArgumentException("a closed incident has a resolution, an open one none: " + status + "/" + resolution);
        }
    }

    /**
     * A new incident; detected when its earliest alert fired, or now without alerts. Its units,
     * systems, level and observables come from the alerts.
     */
    public static Incident open(IncidentReference reference, String title, String description, Severity severity,
            IncidentPriority priority, List<AlertSummary> alerts, String by, Instant at) {
        Instant detected = alerts.stream().map(AlertSummary::timestamp).filter(Objects::nonNull).min(Comparator.naturalOrder())
                .filter(t -> t.isBefore(at)).orElse(at);
        Incident incident = new Incident(null, reference, at, by, title, description, severity, priority, IncidentStatus.NEW, null,
                null, null, detected, null, null, null, 0, 0, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of());
        incident.record(at, by, TimelineEntry.Kind.CREATED, "created " + reference + " (" + severity + ", " + priority + ")");
        if (!alerts.isEmpty()) {
            incident.linkAlerts(alerts, by, at);
        }
        return incident;
    }

    /** The same incident with the id the repository gave it. */
    public Incident withId(IncidentId newId) {
        return new Incident(newId, reference, createdAt, createdBy, title, description, severity, priority, status, resolution,
                resolutionNote, assignee, detectedAt, respondedAt, resolvedAt, reportedAt, reopenCount, systemLevel, alerts, units,
                systems, observables, tasks, comments, timeline);
    }

    /**
     * Links alerts: their snapshots, and what they add to the affected units and systems, the
     * level and the observables (source and host addresses, users, hosts).
     *
     * @throws IllegalArgumentException an alert is linked already
     */
    public void linkAlerts(List<AlertSummary> added, String by, Instant at) {
        requireOpen("link alerts");
        Set<String> linked = alerts.stream().map(LinkedAlert::id).collect(Collectors.toSet());
        List<String> again = added.stream().map(AlertSummary::id).filter(linked::contains).toList();
        if (!again.isEmpty()) {
            throw new IllegalArgumentException("already linked to " + reference + ": " + String.join(", ", again));
        }
        List<String> marks = new ArrayList<>();
        alerts.forEach(a -> marks.add(a.drill()));
        added.forEach(a -> marks.add(a.drill()));
        requireOneKind(marks);
        for (AlertSummary a : added) {
            alerts.add(LinkedAlert.of(a, at, by));
            for (String u : a.unitIds()) {
                unitOf(u).ifPresent(units::add);
            }
            for (int i = 0; i < a.systemIds().size(); i++) {
                String sid = a.systemIds().get(i);
                String name = i < a.systemNames().size() ? a.systemNames().get(i) : null;
                if (systems.stream().noneMatch(s -> s.id().equals(sid))) {
                    systems.add(new AffectedSystem(sid, name));
                }
            }
            systemLevel = Math.max(systemLevel, a.systemLevel());
            a.sourceIps().forEach(ip -> derive(ObservableType.IP, ip, "source address of " + a.id()));
            a.hostIps().forEach(ip -> derive(ObservableType.IP, ip, "address of an affected host"));
            a.userNames().forEach(u -> derive(ObservableType.USER, u, "user in " + a.id()));
            a.hostNames().forEach(h -> derive(ObservableType.HOST, h, "affected host"));
            if (a.timestamp() != null && a.timestamp().isBefore(detectedAt)) {
                detectedAt = a.timestamp();
            }
        }
        record(at, by, TimelineEntry.Kind.ALERTS_LINKED, "linked " + added.size() + " alert(s): "
                + added.stream().map(AlertSummary::id).collect(Collectors.joining(", ")));
    }

    /**
     * A drill's incident holds the alerts of that drill run only, a real one real alerts only:
     * otherwise a drill would count in the statistics of real incidents, or hide a real alert.
     *
     * @param drillMarks the marks of the alerts (null: a real alert)
     * @throws IllegalArgumentException naming the kinds mixed
     */
    public static void requireOneKind(Collection<String> drillMarks) {
        Set<String> kinds = new LinkedHashSet<>();
        drillMarks.forEach(m -> kinds.add(m == null ? "" : m));
        if (kinds.size() > 1) {
            throw new IllegalArgumentException("an incident holds real alerts or the alerts of one drill run, not both: "
                    + kinds.stream().map(k -> k.isEmpty() ? "real" : "drill " + k).collect(Collectors.joining(", ")));
        }
    }

    /** The drill run's mark when its alerts are a drill's, else empty: a real incident. */
    public Optional<String> drill() {
        return alerts.stream().map(LinkedAlert::drill).filter(Objects::nonNull).findFirst();
    }

    /** Title, description, severity and priority as the analyst sets them. */
    public void editDetails(String newTitle, String newDescription, Severity newSeverity, IncidentPriority newPriority, String by,
            Instant at) {
        requireOpen("edit");
        String t = Text.required(newTitle, "the title", 300);
        String d = Text.optional(newDescription, "the description", 20_000);
        List<String> changed = new ArrayList<>();
        if (!t.equals(title)) {
            changed.add("title '" + t + "'");
        }
        if (!Objects.equals(d, description)) {
            changed.add("description");
        }
        if (newSeverity != severity) {
            changed.add("severity " + severity + " → " + newSeverity);
        }
        if (newPriority != priority) {
            changed.add("priority " + priority + " → " + newPriority);
        }
        if (changed.isEmpty()) {
            return;
        }
        title = t;
        description = d;
        severity = Objects.requireNonNull(newSeverity, "severity");
        priority = Objects.requireNonNull(newPriority, "priority");
        record(at, by, TimelineEntry.Kind.DETAILS, String.join("; ", changed));
    }

    /** Gives the incident to someone (null: nobody). */
    public void assign(String newAssignee, String by, Instant at) {
        requireOpen("assign");
        String a = Text.optional(newAssignee, "the assignee", 100);
        if (Objects.equals(a, assignee)) {
            return;
        }
        record(at, by, TimelineEntry.Kind.ASSIGNED, a == null ? "unassigned (was " + assignee + ")" : "assigned to " + a);
        assignee = a;
    }

    /**
     * Moves to another open phase (see the class comment). Leaving "new" is the response the
     * time-to-respond deadline asks for.
     */
    public void moveTo(IncidentStatus target, String by, Instant at) {
        Objects.requireNonNull(target, "status");
        if (status == IncidentStatus.CLOSED) {
            throw new IncidentStateException(reference + " is closed: reopen it first");
        }
        if (target == IncidentStatus.CLOSED) {
            throw new IncidentStateException("closing needs a resolution: close it, do not move it");
        }
        if (target == status) {
            throw new IncidentStateException(reference + " is in " + status + " already");
        }
        if (target == IncidentStatus.NEW) {
            throw new IncidentStateException(reference + " cannot go back to NEW: it has been worked on");
        }
        if (!status.canMoveTo(target)) {
            throw new IncidentStateException("from " + status + " the only way back is to CONTAINMENT (the attacker is still active), not "
                    + target);
        }
        record(at, by, TimelineEntry.Kind.STATUS, "status " + status + " → " + target);
        if (respondedAt == null) {
            respondedAt = at;
        }
        status = target;
    }

    /** Closes with a resolution and a note of at least 10 characters (see the class comment). */
    public void close(Resolution how, String note, String by, Instant at) {
        Objects.requireNonNull(how, "resolution");
        if (status == IncidentStatus.CLOSED) {
            throw new IncidentStateException(reference + " is closed already (" + resolution + ")");
        }
        String n = Text.optional(note, "the resolution note", 5000);
        if (n == null || n.length() < MIN_NOTE) {
            throw new IllegalArgumentException("closing needs a note of at least " + MIN_NOTE + " characters (what was found, which incident it duplicates)");
        }
        if (how.realIncident() && status != IncidentStatus.POST_INCIDENT_REVIEW) {
            throw new IncidentStateException("a true positive is closed from POST_INCIDENT_REVIEW, where cause, results and lessons are recorded; "
                    + reference + " is in " + status);
        }
        record(at, by, TimelineEntry.Kind.CLOSED, "closed as " + how + " from " + status + ": " + n);
        if (respondedAt == null) {
            respondedAt = at;
        }
        status = IncidentStatus.CLOSED;
        resolution = how;
        resolutionNote = n;
        resolvedAt = at;
    }

    /** Reopens a closed incident into "in progress"; the reason (10+ characters) goes into the timeline. */
    public void reopen(String reason, String by, Instant at) {
        if (status != IncidentStatus.CLOSED) {
            throw new IncidentStateException(reference + " is open (" + status + "): only a closed incident is reopened");
        }
        String r = Text.optional(reason, "the reason", 5000);
        if (r == null || r.length() < MIN_NOTE) {
            throw new IllegalArgumentException("reopening needs a reason of at least " + MIN_NOTE + " characters");
        }
        record(at, by, TimelineEntry.Kind.REOPENED, "reopened (was " + resolution + "): " + r);
        status = IncidentStatus.IN_PROGRESS;
        resolution = null;
        resolutionNote = null;
        resolvedAt = null;
        reopenCount++;
    }

    /** The phases {@link #moveTo} accepts now, in order (none once closed). */
    public List<IncidentStatus> allowedMoves() {
        return java.util.Arrays.stream(IncidentStatus.values()).filter(status::canMoveTo).toList();
    }

    /** Replaces the affected units and systems (the enrichment may miss a system or name a wrong one). */
    public void setAffected(Collection<UnitId> newUnits, List<AffectedSystem> newSystems, String by, Instant at) {
        requireOpen("change the affected units and systems");
        Set<UnitId> u = new LinkedHashSet<>(newUnits);
        if (u.equals(units) && newSystems.equals(systems)) {
            return;
        }
        units.clear();
        units.addAll(u);
        systems.clear();
        systems.addAll(newSystems);
        record(at, by, TimelineEntry.Kind.AFFECTED, "affected units " + u + ", systems "
                + newSystems.stream().map(AffectedSystem::id).toList());
    }

    /** Adds an observable; one already listed (same type and value) is refused. */
    public void addObservable(Observable o, String by, Instant at) {
        requireOpen("add observables");
        if (observables.stream().anyMatch(o::sameFact)) {
            throw new IllegalArgumentException(o.type() + " " + o.value() + " is listed already");
        }
        observables.add(o);
        record(at, by, TimelineEntry.Kind.OBSERVABLE, "added " + o.type() + " " + o.value());
    }

    public void removeObservable(ObservableType type, String value, String by, Instant at) {
        requireOpen("remove observables");
        Observable probe = new Observable(type, value, null);
        if (!observables.removeIf(probe::sameFact)) {
            throw new NoSuchElementException("no " + type + " " + probe.value() + " in " + reference);
        }
        record(at, by, TimelineEntry.Kind.OBSERVABLE, "removed " + type + " " + probe.value());
    }

    /** Adds a task; returns its number. */
    public IncidentTask addTask(String taskTitle, String taskAssignee, Instant due, String by, Instant at) {
        requireOpen("add tasks");
        int number = tasks.stream().mapToInt(IncidentTask::number).max().orElse(0) + 1;
        IncidentTask t = new IncidentTask(number, taskTitle, taskAssignee, false, due);
        tasks.add(t);
        record(at, by, TimelineEntry.Kind.TASK, "task " + number + " '" + t.title() + "'" + (t.assignee() == null ? "" : " for " + t.assignee()));
        return t;
    }

    /** Replaces a task's title, assignee, state and due time. */
    public IncidentTask updateTask(int number, String taskTitle, String taskAssignee, boolean done, Instant due, String by, Instant at) {
        requireOpen("change tasks");
        int i = taskIndex(number);
        IncidentTask before = tasks.get(i);
        IncidentTask after = new IncidentTask(number, taskTitle, taskAssignee, done, due);
        if (after.equals(before)) {
            return before;
        }
        tasks.set(i, after);
        record(at, by, TimelineEntry.Kind.TASK, "task " + number + (before.done() != done ? (done ? " done" : " not done") : " changed"));
        return after;
    }

    /** A comment; allowed in every status, closed included. */
    public Comment comment(String text, String by, Instant at) {
        Comment c = new Comment(at, by, text);
        comments.add(c);
        record(at, by, TimelineEntry.Kind.COMMENT, "commented");
        return c;
    }

    /**
     * Records that the incident was reported to the national coordinator and the other recipients
     * the reporting rule names (once; the note says to whom and how).
     */
    public void recordReport(Instant reported, String note, String by, Instant at) {
        if (reportedAt != null) {
            throw new IncidentStateException(reference + " was reported already, at " + reportedAt);
        }
        if (reported.isAfter(at)) {
            throw new IllegalArgumentException("the report's time " + reported + " is in the future");
        }
        String n = Text.required(note, "the report note", 2000);
        reportedAt = reported;
        record(at, by, TimelineEntry.Kind.REPORTED, "reported at " + reported + ": " + n);
    }

    private int taskIndex(int number) {
        for (int i = 0; i < tasks.size(); i++) {
            if (tasks.get(i).number() == number) {
                return i;
            }
        }
        throw new NoSuchElementException("no task " + number + " in " + reference);
    }

    private void derive(ObservableType type, String value, String note) {
        Observable o;
        try {
            o = new Observable(type, value, note);
        } catch (IllegalArgumentException e) {
            // An alert field that is not a valid observable (e.g. "-" for no user) is left out, not a failure to link.
            return;
        }
        if (observables.stream().noneMatch(o::sameFact)) {
            observables.add(o);
        }
    }

    private static Optional<UnitId> unitOf(String value) {
        try {
            return Optional.of(UnitId.of(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private void requireOpen(String what) {
        if (status == IncidentStatus.CLOSED) {
            throw new IncidentStateException(reference + " is closed: reopen it to " + what);
        }
    }

    private void record(Instant at, String by, TimelineEntry.Kind kind, String what) {
        timeline.add(new TimelineEntry(at, by, kind, what));
    }

    public IncidentId id() { return id; }
    public IncidentReference reference() { return reference; }
    public Instant createdAt() { return createdAt; }
    public String createdBy() { return createdBy; }
    public String title() { return title; }
    public String description() { return description; }
    public Severity severity() { return severity; }
    public IncidentPriority priority() { return priority; }
    public IncidentStatus status() { return status; }
    public Resolution resolution() { return resolution; }
    public String resolutionNote() { return resolutionNote; }
    public String assignee() { return assignee; }
    public Instant detectedAt() { return detectedAt; }
    public Instant respondedAt() { return respondedAt; }
    public Instant resolvedAt() { return resolvedAt; }
    public Instant reportedAt() { return reportedAt; }
    public int reopenCount() { return reopenCount; }
    /** The highest Decree 85 level among the alerts' systems; 0 when none is known. */
    public int systemLevel() { return systemLevel; }
    public List<LinkedAlert> alerts() { return List.copyOf(alerts); }
    public Set<UnitId> units() { return Set.copyOf(units); }
    /** The units in the order they came (the first is the one that reports, in the STIX export). */
    public List<UnitId> unitsInOrder() { return List.copyOf(units); }
    public List<AffectedSystem> systems() { return List.copyOf(systems); }
    public List<Observable> observables() { return List.copyOf(observables); }
    public List<IncidentTask> tasks() { return List.copyOf(tasks); }
    public List<Comment> comments() { return List.copyOf(comments); }
    public List<TimelineEntry> timeline() { return List.copyOf(timeline); }

    /** When the incident last changed: its newest timeline entry. */
    public Instant modifiedAt() {
        return timeline.isEmpty() ? createdAt : timeline.get(timeline.size() - 1).at();
    }
}
