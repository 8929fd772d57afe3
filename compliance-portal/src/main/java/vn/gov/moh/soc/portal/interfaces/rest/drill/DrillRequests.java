package vn.gov.moh.soc.portal.interfaces.rest.drill;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.gov.moh.soc.portal.application.InvalidFieldException;
import vn.gov.moh.soc.portal.domain.model.drill.Drill;
import vn.gov.moh.soc.portal.domain.model.drill.DrillExecution;
import vn.gov.moh.soc.portal.domain.model.drill.DrillScope;
import vn.gov.moh.soc.portal.domain.model.drill.Scenario;
import vn.gov.moh.soc.portal.domain.model.unit.UnitId;
import vn.gov.moh.soc.portal.interfaces.rest.RequestFields;

/** The bodies of the drill endpoints (see {@link RequestFields}). */
public final class DrillRequests {
    private DrillRequests() {
    }

    /** A drill's plan: year, organizer, scope, title, scenarios, participants and schedule. */
    public static class Plan {
        public Integer year;
        public String organizer;
        public String scope;
        public String title;
        public List<ScenarioText> scenarios;
        public List<String> participants;
        public String plannedStart;
        public String plannedEnd;

        public Drill toDomain() {
            if (year == null) {
                throw new InvalidFieldException("year", "year is required");
            }
            UnitId org = RequestFields.unit("organizer", organizer);
            DrillScope s = RequestFields.choice(DrillScope.class, "scope", scope);
            String t = RequestFields.required("title", title, 300);
            List<ScenarioText> given = scenarios == null ? List.of() : scenarios;
            if (given.isEmpty()) {
                throw new InvalidFieldException("scenarios", "a drill plays at least one scenario");
            }
            List<Scenario> played = new ArrayList<>();
            for (int i = 0; i < given.size(); i++) {
                ScenarioText sc = given.get(i);
                String at = "scenarios[" + i + "]";
                played.add(RequestFields.domain(at, () -> new Scenario(sc == null ? null : sc.title, sc == null ? null : sc.description)));
            }
            Set<UnitId> units = new LinkedHashSet<>();
            List<String> names = participants == null ? List.of() : participants;
            for (int i = 0; i < names.size(); i++) {
                units.add(RequestFields.unit("participants[" + i + "]", names.get(i)));
            }
            LocalDate start = RequestFields.requiredDate("plannedStart", plannedStart);
            LocalDate end = RequestFields.requiredDate("plannedEnd", plannedEnd);
            if (end.isBefore(start)) {
                throw new InvalidFieldException("plannedEnd", "the planned end (" + end + ") is before the start (" + start + ")");
            }
            if (start.getYear() != year || end.getYear() != year) {
                throw new InvalidFieldException(start.getYear() != year ? "plannedStart" : "plannedEnd",
                        "the schedule lies within the plan's year " + year);
            }
            return RequestFields.domain("year", () -> new Drill(null, year, org, s, t, played, units, start, end, null));
        }
    }

    public static class ScenarioText {
        public String title;
        public String description;
    }

    /** How the drill was held and its results. */
    public static class Execution {
        public String startedOn;
        public String endedOn;
        public String conductedBy;
        public String record;
        public List<String> findings;
        public List<String> lessons;

        public DrillExecution toDomain() {
            LocalDate start = RequestFields.requiredDate("startedOn", startedOn);
            LocalDate end = RequestFields.requiredDate("endedOn", endedOn);
            if (end.isBefore(start)) {
                throw new InvalidFieldException("endedOn", "the drill ended (" + end + ") before it started (" + start + ")");
            }
            String by = RequestFields.required("conductedBy", conductedBy, 300);
            RequestFields.optional("record", record, 20000);
            lines("findings", findings);
            lines("lessons", lessons);
            return new DrillExecution(start, end, by, record, findings, lessons);
        }

        private static void lines(String field, List<String> values) {
            if (values == null) {
                return;
            }
            for (int i = 0; i < values.size(); i++) {
                RequestFields.required(field + "[" + i + "]", values.get(i), 2000);
            }
        }
    }
}
