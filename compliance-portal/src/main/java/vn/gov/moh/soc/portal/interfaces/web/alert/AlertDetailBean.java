package vn.gov.moh.soc.portal.interfaces.web.alert;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import vn.gov.moh.soc.portal.application.alert.AlertQueueService;
import vn.gov.moh.soc.portal.domain.model.alert.AlertDetail;
import vn.gov.moh.soc.portal.domain.model.alert.AlertSummary;
import vn.gov.moh.soc.portal.infrastructure.search.SearchUnavailableException;
import vn.gov.moh.soc.portal.interfaces.web.FieldMessages;
import vn.gov.moh.soc.portal.interfaces.web.security.BrowserCaller;

/** One alert: its summary, the last triage decision and the document (read through the same service as the REST API). */
@Named("alertDetail")
@ViewScoped
public class AlertDetailBean implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    AlertQueueService queue;
    @Inject
    BrowserCaller me;

    private String id;
    private AlertDetail detail;

    public void load() {
        if (id == null || id.isBlank()) {
            FieldMessages.page("error.notFound", "");
            return;
        }
        try {
            detail = queue.read(me.caller(), id.strip());
        } catch (SearchUnavailableException e) {
            FieldMessages.page("alerts.error.search", e.getMessage());
        } catch (RuntimeException e) {
            FieldMessages.refused("alert", e);
        }
    }

    public boolean isFound() {
        return detail != null;
    }

    public AlertSummary getSummary() {
        return detail.summary();
    }

    public AlertDetail.Triage getTriage() {
        return detail.triage();
    }

    public String getStatus() {
        return detail.summary().status() == null ? "open" : detail.summary().status();
    }

    public String getTime() {
        return detail.summary().timestamp() == null ? "" : AlertRow.TIME.format(detail.summary().timestamp());
    }

    public String getHosts() {
        return String.join(", ", detail.summary().hostNames()) + " " + String.join(", ", detail.summary().hostIps());
    }

    public String getUnits() {
        return String.join(", ", detail.summary().unitIds());
    }

    public String getSystems() {
        return String.join(", ", detail.summary().systemNames());
    }

    public String getAttack() {
        return String.join(", ", detail.summary().tactics()) + " " + String.join(", ", detail.summary().techniques());
    }

    /** The document as the job wrote it, indented for reading. */
    public String getDocument() {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(JSON.readTree(detail.documentJson()));
        } catch (java.io.IOException e) {
            return detail.documentJson();
        }
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
