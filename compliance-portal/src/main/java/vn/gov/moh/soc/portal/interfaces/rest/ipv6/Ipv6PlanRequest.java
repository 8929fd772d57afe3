package vn.gov.moh.soc.portal.interfaces.rest.ipv6;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.gov.moh.soc.portal.application.InvalidFieldException;
import vn.gov.moh.soc.portal.domain.model.ipv6.Ipv6Plan;
import vn.gov.moh.soc.portal.domain.model.ipv6.MigrationPhase;
import vn.gov.moh.soc.portal.domain.model.ipv6.Milestone;
import vn.gov.moh.soc.portal.domain.model.ipv6.MilestoneStatus;
import vn.gov.moh.soc.portal.domain.model.system.SystemId;
import vn.gov.moh.soc.portal.domain.model.unit.UnitId;
import vn.gov.moh.soc.portal.interfaces.rest.RequestFields;

/** A plan as submitted: its unit, optionally one system of it, a title and the milestones (see {@link RequestFields}). */
public class Ipv6PlanRequest {
    public String unit;
    public Long system;
    public String title;
    public List<MilestoneText> milestones;

    public static class MilestoneText {
        public String phase;
        public String title;
        public String due;
        public String status;
        public String doneOn;
    }

    public Ipv6Plan toDomain() {
        UnitId u = RequestFields.unit("unit", unit);
        if (system != null && system <= 0) {
            throw new InvalidFieldException("system", "a system id is a positive number");
        }
        String t = RequestFields.required("title", title, 300);
        List<MilestoneText> given = milestones == null ? List.of() : milestones;
        if (given.isEmpty()) {
            throw new InvalidFieldException("milestones", "a plan has at least one milestone");
        }
        if (given.size() > 200) {
            throw new InvalidFieldException("milestones", "a plan has at most 200 milestones");
        }
        List<Milestone> parsed = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            String at = "milestones[" + i + "]";
            MilestoneText m = given.get(i);
            if (m == null) {
                throw new InvalidFieldException(at, at + " is empty");
            }
            MigrationPhase phase = RequestFields.choice(MigrationPhase.class, at + ".phase", m.phase);
            String title = RequestFields.required(at + ".title", m.title, 300);
            LocalDate due = RequestFields.requiredDate(at + ".due", m.due);
            MilestoneStatus status = m.status == null ? MilestoneStatus.PLANNED : RequestFields.choice(MilestoneStatus.class, at + ".status", m.status);
            LocalDate doneOn = RequestFields.date(at + ".doneOn", m.doneOn);
            parsed.add(RequestFields.domain(at + ".doneOn", () -> new Milestone(phase, title, due, status, doneOn)));
        }
        SystemId s = system == null ? null : new SystemId(system);
        return new Ipv6Plan(null, u, s, t, parsed);
    }
}
