package vn.gov.moh.soc.portal.interfaces.web.incident;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.gov.moh.soc.portal.application.AccessDeniedException;
import vn.gov.moh.soc.portal.application.AccessPolicy;
import vn.gov.moh.soc.portal.application.incident.IncidentService;
import vn.gov.moh.soc.portal.application.incident.IncidentView;
import vn.gov.moh.soc.portal.domain.model.incident.IncidentDeadlines;
import vn.gov.moh.soc.portal.domain.model.incident.IncidentStatus;
import vn.gov.moh.soc.portal.domain.model.incident.Severity;
import vn.gov.moh.soc.portal.interfaces.web.FieldMessages;
import vn.gov.moh.soc.portal.interfaces.web.security.BrowserCaller;

/** The incident list: filters by status, severity and text; the nearest deadline and overdue rows. */
@Named("incidentList")
@ViewScoped
public class IncidentsBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    IncidentService incidents;
    @Inject
    BrowserCaller me;

    private IncidentStatus status;
    private Severity severity;
    private String text;
    private List<Row> rows = List.of();

    /** One line of the list. */
    public record Row(long id, String reference, String title, String severity, String priority, String status, String units,
            String nextDue, String remaining, boolean overdue) implements Serializable {
    }

    public void search() {
        try {
            rows = incidents.list(me.caller(), status, severity, text, IncidentService.MAX_LIST).stream().map(IncidentsBean::row).toList();
        } catch (AccessDeniedException e) {
            FieldMessages.page("error.denied", e.getMessage());
        }
    }

    private static Row row(IncidentView v) {
        var i = v.incident();
        IncidentDeadlines.Deadline next = v.deadlines().next().orElse(null);
        return new Row(i.id().value(), i.reference().toString(), i.title(), i.severity().name(), i.priority().name(), i.status().name(),
                String.join(", ", i.unitsInOrder().stream().map(Object::toString).toList()), next == null ? "" : Remaining.time(next.due()),
                next == null ? "" : Remaining.of(next), v.deadlines().overdue());
    }

    public boolean isMayCreate() {
        return AccessPolicy.canHandleIncidents(me.caller());
    }

    public List<Row> getRows() {
        return rows;
    }

    public IncidentStatus[] getStatuses() {
        return IncidentStatus.values();
    }

    public Severity[] getSeverities() {
        return Severity.values();
    }

    public IncidentStatus getStatus() {
        return status;
    }

    public void setStatus(IncidentStatus status) {
        this.status = status;
    }

    public Severity getSeverity() {
        return severity;
    }

    public void setSeverity(Severity severity) {
        this.severity = severity;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
