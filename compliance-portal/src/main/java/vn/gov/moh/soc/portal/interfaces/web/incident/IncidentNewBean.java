package vn.gov.moh.soc.portal.interfaces.web.incident;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import vn.gov.moh.soc.portal.application.AccessDeniedException;
import vn.gov.moh.soc.portal.application.ConflictException;
import vn.gov.moh.soc.portal.application.InvalidFieldException;
import vn.gov.moh.soc.portal.application.incident.EscalationProposal;
import vn.gov.moh.soc.portal.application.incident.IncidentService;
import vn.gov.moh.soc.portal.application.incident.IncidentView;
import vn.gov.moh.soc.portal.domain.model.alert.AlertSummary;
import vn.gov.moh.soc.portal.domain.model.incident.IncidentPriority;
import vn.gov.moh.soc.portal.domain.model.incident.Severity;
import vn.gov.moh.soc.portal.infrastructure.search.SearchUnavailableException;
import vn.gov.moh.soc.portal.interfaces.web.FieldMessages;
import vn.gov.moh.soc.portal.interfaces.web.security.BrowserCaller;

/**
 * Escalation from the alert queue ({@code incident-new.xhtml?alerts=id1,id2}): the alerts, the
 * title, severity and priority proposed from them (editable), and the incident created in one
 * call; without alerts, an incident entered by hand.
 */
@Named("incidentNew")
@ViewScoped
public class IncidentNewBean implements Serializable {
    static final String FORM = "incidentNew";
    private static final long serialVersionUID = 1L;

    @Inject
    IncidentService incidents;
    @Inject
    BrowserCaller me;

    private String alerts;
    private List<AlertSummary> found = List.of();
    private List<String> unknown = List.of();
    private List<String> escalated = List.of();
    private String title;
    private String description;
    private Severity severity = Severity.MEDIUM;
    private IncidentPriority priority = IncidentPriority.P3;

    public void load() {
        try {
            EscalationProposal p = incidents.propose(me.caller(), ids());
            found = p.alerts();
            unknown = p.unknown();
            escalated = p.escalated().entrySet().stream().map(e -> e.getKey() + " → " + e.getValue()).toList();
            if (p.title() != null) {
                title = p.title();
                severity = p.severity();
                priority = p.priority();
            }
        } catch (AccessDeniedException | InvalidFieldException e) {
            FieldMessages.refused(FORM, e);
        } catch (SearchUnavailableException e) {
            FieldMessages.page("incident.searchUnavailable", e.getMessage());
        }
    }

    public String create() {
        try {
            IncidentView v = incidents.create(me.caller(), new IncidentService.NewIncident(title, description, severity, priority, ids()));
            return "/incident?faces-redirect=true&id=" + v.incident().id();
        } catch (AccessDeniedException | InvalidFieldException e) {
            FieldMessages.refused(FORM, e);
        } catch (ConflictException e) {
            FieldMessages.page("incident.alreadyEscalated", e.getMessage());
        } catch (SearchUnavailableException e) {
            FieldMessages.page("incident.searchUnavailable", e.getMessage());
        }
        return null;
    }

    private List<String> ids() {
        return alerts == null ? List.of() : Arrays.stream(alerts.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public List<AlertSummary> getFound() {
        return found;
    }

    public List<String> getUnknown() {
        return unknown;
    }

    public List<String> getEscalated() {
        return escalated;
    }

    public Severity[] getSeverities() {
        return Severity.values();
    }

    public IncidentPriority[] getPriorities() {
        return IncidentPriority.values();
    }

    public String getAlerts() {
        return alerts;
    }

    public void setAlerts(String alerts) {
        this.alerts = alerts;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Severity getSeverity() {
        return severity;
    }

    public void setSeverity(Severity severity) {
        this.severity = severity;
    }

    public IncidentPriority getPriority() {
        return priority;
    }

    public void setPriority(IncidentPriority priority) {
        this.priority = priority;
    }
}
