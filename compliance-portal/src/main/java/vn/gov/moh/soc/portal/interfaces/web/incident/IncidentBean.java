package vn.gov.moh.soc.portal.interfaces.web.incident;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import vn.gov.moh.soc.portal.application.AccessDeniedException;
import vn.gov.moh.soc.portal.application.ConflictException;
import vn.gov.moh.soc.portal.application.InvalidFieldException;
import vn.gov.moh.soc.portal.application.LocalDay;
import vn.gov.moh.soc.portal.application.NotFoundException;
import vn.gov.moh.soc.portal.application.incident.IncidentService;
import vn.gov.moh.soc.portal.application.incident.IncidentView;
import vn.gov.moh.soc.portal.domain.model.incident.Incident;
import vn.gov.moh.soc.portal.domain.model.incident.IncidentDeadlines;
import vn.gov.moh.soc.portal.domain.model.incident.IncidentId;
import vn.gov.moh.soc.portal.domain.model.incident.IncidentPriority;
import vn.gov.moh.soc.portal.domain.model.incident.IncidentStateException;
import vn.gov.moh.soc.portal.domain.model.incident.IncidentStatus;
import vn.gov.moh.soc.portal.domain.model.incident.IncidentTask;
import vn.gov.moh.soc.portal.domain.model.incident.Observable;
import vn.gov.moh.soc.portal.domain.model.incident.ObservableType;
import vn.gov.moh.soc.portal.domain.model.incident.Resolution;
import vn.gov.moh.soc.portal.domain.model.incident.Severity;
import vn.gov.moh.soc.portal.infrastructure.json.IncidentJson;
import vn.gov.moh.soc.portal.interfaces.web.FieldMessages;
import vn.gov.moh.soc.portal.interfaces.web.security.BrowserCaller;

/**
 * One incident: its details (title, severity, priority, description: editable while open), its
 * phase and the moves it allows, closing and reopening, assignee, comments,
 * timeline, observables, tasks, linked alerts, deadlines, and the JSON and STIX exports. Each action
 * is one {@link IncidentService} call; controls are shown only to those the service lets act.
 */
@Named("incidentPage")
@ViewScoped
public class IncidentBean implements Serializable {
    static final String FORM = "incident";
    private static final long serialVersionUID = 1L;

    @Inject
    IncidentService incidents;
    @Inject
    BrowserCaller me;

    private Long id;
    private transient IncidentView view;
    /** Whether this request read the incident already (a refusal is shown once, not at every getter). */
    private transient boolean read;
    private Resolution resolution;
    private String note;
    private String reason;
    private String assignee;
    private String comment;
    private ObservableType observableType = ObservableType.IP;
    private String observableValue;
    private String observableNote;
    private String taskTitle;
    private String taskAssignee;
    private LocalDateTime taskDue;
    private String reportNote;
    // The details being edited (title, severity, priority, description); null fields while not editing.
    private boolean editing;
    private String editTitle;
    private Severity editSeverity;
    private IncidentPriority editPriority;
    private String editDescription;

    /** A change of the incident by its handler, as the service takes it. */
    private interface Action {
        IncidentView run();
    }

    public void load() {
        read = true;
        act(() -> incidents.read(me.caller(), new IncidentId(id == null || id <= 0 ? Long.MAX_VALUE : id)));
    }

    public void move(IncidentStatus target) {
        handle("status", "status", (i, by, at) -> i.moveTo(target, by, at));
    }

    public void close() {
        Resolution how = resolution;
        String n = note;
        if (how == null) {
            FieldMessages.field(FORM, "resolution", FieldMessages.text("incident.resolutionRequired"));
            return;
        }
        handle("close", "note", (i, by, at) -> i.close(how, n, by, at));
    }

    public void reopen() {
        String r = reason;
        handle("reopen", "reason", (i, by, at) -> i.reopen(r, by, at));
    }

    /** Opens the details for editing, filled with the incident's. */
    public void startEdit() {
        Incident i = getIncident();
        if (i == null) {
            return;
        }
        editTitle = i.title();
        editSeverity = i.severity();
        editPriority = i.priority();
        editDescription = i.description();
        editing = true;
    }

    public void cancelEdit() {
        editing = false;
    }

    /** The details as {@code PUT /api/incidents/{id}} changes them: the same service call, checks and audit record. */
    public void saveDetails() {
        String t = editTitle;
        String d = editDescription;
        Severity s = editSeverity;
        IncidentPriority p = editPriority;
        if (handle("edit", "title", (i, by, at) -> i.editDetails(t, d, s, p, by, at))) {
            editing = false;
        }
    }

    public void assign() {
        String a = assignee;
        handle("assign", "assignee", (i, by, at) -> i.assign(a, by, at));
    }

    public void addComment() {
        if (act(() -> incidents.comment(me.caller(), incidentId(), comment))) {
            comment = null;
        }
    }

    public void addObservable() {
        ObservableType t = observableType;
        String v = observableValue;
        String n = observableNote;
        Observable o;
        try {
            o = new Observable(t, v, n);
        } catch (IllegalArgumentException e) {
            FieldMessages.field(FORM, "observableValue", e.getMessage());
            return;
        }
        if (handle("observable", "observableValue", (i, by, at) -> i.addObservable(o, by, at))) {
            observableValue = null;
            observableNote = null;
        }
    }

    public void removeObservable(Observable o) {
        handle("observable", "observableValue", (i, by, at) -> i.removeObservable(o.type(), o.value(), by, at));
    }

    public void addTask() {
        String t = taskTitle;
        String a = taskAssignee;
        var due = taskDue == null ? null : taskDue.atZone(LocalDay.VIETNAM).toInstant();
        if (handle("task", "taskTitle", (i, by, at) -> i.addTask(t, a, due, by, at))) {
            taskTitle = null;
            taskAssignee = null;
            taskDue = null;
        }
    }

    public void toggleTask(IncidentTask t) {
        handle("task", "taskTitle", (i, by, at) -> i.updateTask(t.number(), t.title(), t.assignee(), !t.done(), t.due(), by, at));
    }

    public void recordReport() {
        String n = reportNote;
        handle("report", "reportNote", (i, by, at) -> i.recordReport(at, n, by, at));
    }

    /** The STIX 2.1 bundle, as the API gives it. */
    public StreamedContent getStix() {
        byte[] bytes = IncidentJson.write(incidents.stix(me.caller(), incidentId())).getBytes(StandardCharsets.UTF_8);
        return download(getIncident().reference() + ".stix.json", "application/stix+json;version=2.1", bytes);
    }

    /** The incident as JSON, as {@code GET /api/incidents/{id}} gives it. */
    public StreamedContent getJson() {
        IncidentView v = incidents.read(me.caller(), incidentId());
        byte[] bytes = IncidentJson.write(IncidentJson.full(v.incident(), v.deadlines())).getBytes(StandardCharsets.UTF_8);
        return download(v.incident().reference() + ".json", "application/json", bytes);
    }

    private static StreamedContent download(String name, String type, byte[] bytes) {
        return DefaultStreamedContent.builder().name(name).contentType(type).stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    private boolean handle(String action, String field, IncidentService.Change change) {
        return act(() -> incidents.handle(me.caller(), incidentId(), action, field, change));
    }

    private boolean act(Action action) {
        try {
            view = action.run();
            return true;
        } catch (InvalidFieldException | AccessDeniedException | NotFoundException e) {
            FieldMessages.refused(FORM, e);
        } catch (IncidentStateException | ConflictException e) {
            FieldMessages.page("incident.refused", e.getMessage());
        }
        return false;
    }

    private IncidentId incidentId() {
        return new IncidentId(id);
    }

    public boolean isEditing() {
        return editing;
    }

    public String getEditTitle() {
        return editTitle;
    }

    public void setEditTitle(String editTitle) {
        this.editTitle = editTitle;
    }

    public Severity getEditSeverity() {
        return editSeverity;
    }

    public void setEditSeverity(Severity editSeverity) {
        this.editSeverity = editSeverity;
    }

    public IncidentPriority getEditPriority() {
        return editPriority;
    }

    public void setEditPriority(IncidentPriority editPriority) {
        this.editPriority = editPriority;
    }

    public String getEditDescription() {
        return editDescription;
    }

    public void setEditDescription(String editDescription) {
        this.editDescription = editDescription;
    }

    public Severity[] getSeverities() {
        return Severity.values();
    }

    public IncidentPriority[] getPriorities() {
        return IncidentPriority.values();
    }

    public boolean isPresent() {
        return view != null;
    }

    public Incident getIncident() {
        if (view == null && !read && id != null && id > 0) {
            // After a restored view: the incident is read again (the view keeps only its id).
            load();
        }
        return view == null ? null : view.incident();
    }

    public IncidentDeadlines getDeadlines() {
        getIncident();
        return view == null ? null : view.deadlines();
    }

    public boolean isCanHandle() {
        return getIncident() != null && view.canHandle();
    }

    public boolean isCanComment() {
        return getIncident() != null && view.canComment();
    }

    public boolean isOpen() {
        return getIncident() != null && getIncident().status().open();
    }

    public List<IncidentStatus> getMoves() {
        return getIncident() == null ? List.of() : getIncident().allowedMoves();
    }

    public String time(java.time.Instant t) {
        return Remaining.time(t);
    }

    public String remaining(IncidentDeadlines.Deadline d) {
        return Remaining.of(d);
    }

    public Resolution[] getResolutions() {
        return Resolution.values();
    }

    public ObservableType[] getObservableTypes() {
        return ObservableType.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Resolution getResolution() {
        return resolution;
    }

    public void setResolution(Resolution resolution) {
        this.resolution = resolution;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getAssignee() {
        return assignee == null && getIncident() != null ? getIncident().assignee() : assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public ObservableType getObservableType() {
        return observableType;
    }

    public void setObservableType(ObservableType observableType) {
        this.observableType = observableType;
    }

    public String getObservableValue() {
        return observableValue;
    }

    public void setObservableValue(String observableValue) {
        this.observableValue = observableValue;
    }

    public String getObservableNote() {
        return observableNote;
    }

    public void setObservableNote(String observableNote) {
        this.observableNote = observableNote;
    }

    public String getTaskTitle() {
        return taskTitle;
    }

    public void setTaskTitle(String taskTitle) {
        this.taskTitle = taskTitle;
    }

    public String getTaskAssignee() {
        return taskAssignee;
    }

    public void setTaskAssignee(String taskAssignee) {
        this.taskAssignee = taskAssignee;
    }

    public LocalDateTime getTaskDue() {
        return taskDue;
    }

    public void setTaskDue(LocalDateTime taskDue) {
        this.taskDue = taskDue;
    }

    public String getReportNote() {
        return reportNote;
    }

    public void setReportNote(String reportNote) {
        this.reportNote = reportNote;
    }
}
