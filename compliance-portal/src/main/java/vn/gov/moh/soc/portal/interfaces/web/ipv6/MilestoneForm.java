package vn.gov.moh.soc.portal.interfaces.web.ipv6;

import java.io.Serializable;
import vn.gov.moh.soc.portal.domain.model.ipv6.Milestone;
import vn.gov.moh.soc.portal.interfaces.rest.ipv6.Ipv6PlanRequest;

/** One milestone's inputs as texts; read into a milestone by the API's request ({@link Ipv6PlanRequest}) when the plan is saved. */
public class MilestoneForm implements Serializable {
    private static final long serialVersionUID = 1L;
    private String phase = "INVENTORY";
    private String title;
    private String due;
    private String status = "PLANNED";
    private String doneOn;

    static MilestoneForm of(Milestone m) {
        MilestoneForm f = new MilestoneForm();
        f.phase = m.phase().name();
        f.title = m.title();
        f.due = m.due().toString();
        f.status = m.status().name();
        f.doneOn = m.doneOn() == null ? null : m.doneOn().toString();
        return f;
    }

    Ipv6PlanRequest.MilestoneText text() {
        Ipv6PlanRequest.MilestoneText t = new Ipv6PlanRequest.MilestoneText();
        t.phase = phase;
        t.title = title;
        t.due = due;
        t.status = status;
        t.doneOn = doneOn == null || doneOn.isBlank() ? null : doneOn;
        return t;
    }

    public String getPhase() {
        return phase;
    }

    public void setPhase(String phase) {
        this.phase = phase;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDue() {
        return due;
    }

    public void setDue(String due) {
        this.due = due;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getDoneOn() {
        return doneOn;
    }

    public void setDoneOn(String doneOn) {
        this.doneOn = doneOn;
    }
}
