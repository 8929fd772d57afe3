package vn.gov.moh.soc.portal.interfaces.rest.incident;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import vn.gov.moh.soc.portal.application.InvalidFieldException;
import vn.gov.moh.soc.portal.application.incident.IncidentService;
import vn.gov.moh.soc.portal.domain.model.incident.AffectedSystem;
import vn.gov.moh.soc.portal.domain.model.incident.IncidentPriority;
import vn.gov.moh.soc.portal.domain.model.incident.Observable;
import vn.gov.moh.soc.portal.domain.model.incident.ObservableType;
import vn.gov.moh.soc.portal.domain.model.incident.ResponseDeadline;
import vn.gov.moh.soc.portal.domain.model.incident.Severity;
import vn.gov.moh.soc.portal.domain.model.unit.UnitId;
import vn.gov.moh.soc.portal.interfaces.rest.RequestFields;

/** The bodies of the incident endpoints (see {@link RequestFields}). */
public final class IncidentRequests {
    private IncidentRequests() {
    }

    /** A new incident: from alerts (title, severity, priority proposed when absent) or by hand. */
    public static class Create {
        public String title;
        public String description;
        public String severity;
        public String priority;
        public List<String> alertIds;

        public IncidentService.NewIncident toRequest() {
            RequestFields.optional("title", title, 300);
            RequestFields.optional("description", description, 20_000);
            return new IncidentService.NewIncident(title, description,
                    severity == null ? null : RequestFields.choice(Severity.class, "severity", severity),
                    priority == null ? null : RequestFields.choice(IncidentPriority.class, "priority", priority), alertIds);
        }
    }

    public static class Details {
        public String title;
        public String description;
        public String severity;
        public String priority;

        public Severity severity() {
            return RequestFields.choice(Severity.class, "severity", severity);
        }

        public IncidentPriority priority() {
            return RequestFields.choice(IncidentPriority.class, "priority", priority);
        }
    }

    public static class Alerts {
        public List<String> alertIds;
    }

    public static class Assignee {
        public String assignee;
    }

    public static class Status {
        public String status;
    }

    public static class Close {
        public String resolution;
        public String note;
    }

    public static class Reopen {
        public String reason;
    }

    public static class Text {
        public String text;
    }

    public static class Report {
        /** When it was reported; now when absent. */
        public String reportedAt;
        public String note;
    }

    public static class ObservableBody {
        public String type;
        public String value;
        public String note;

        public Observable toDomain() {
            ObservableType t = RequestFields.choice(ObservableType.class, "type", type);
            return RequestFields.domain("value", () -> new Observable(t, value, note));
        }
    }

    public static class Task {
        public String title;
        public String assignee;
        public Boolean done;
        public String due;
    }

    public static class Affected {
        public List<String> units;
        public List<SystemRef> systems;

        public List<UnitId> unitIds() {
            List<UnitId> out = new ArrayList<>();
            List<String> given = units == null ? List.of() : units;
            for (int i = 0; i < given.size(); i++) {
                out.add(RequestFields.unit("units[" + i + "]", given.get(i)));
            }
            return out;
        }

        public List<AffectedSystem> systemList() {
            List<AffectedSystem> out = new ArrayList<>();
            List<SystemRef> given = systems == null ? List.of() : systems;
            for (int i = 0; i < given.size(); i++) {
                SystemRef s = given.get(i);
                out.add(RequestFields.domain("systems[" + i + "]", () -> new AffectedSystem(s == null ? null : s.id, s == null ? null : s.name)));
            }
            return out;
        }
    }

    public static class SystemRef {
        public String id;
        public String name;
    }

    /** A row of the deadline table. */
    public static class DeadlineRow {
        public String severity;
        public Integer systemLevel;
        public Integer respondMinutes;
        public Integer resolveMinutes;

        public ResponseDeadline toDomain() {
            Severity s = RequestFields.choice(Severity.class, "severity", severity);
            if (systemLevel == null) {
                throw new InvalidFieldException("systemLevel", "systemLevel is required (0 for unknown, 1 to 5)");
            }
            if (respondMinutes == null) {
                throw new InvalidFieldException("respondMinutes", "respondMinutes is required");
            }
            if (resolveMinutes == null) {
                throw new InvalidFieldException("resolveMinutes", "resolveMinutes is required");
            }
            return RequestFields.domain("resolveMinutes", () -> new ResponseDeadline(s, systemLevel, Duration.ofMinutes(respondMinutes),
                    Duration.ofMinutes(resolveMinutes)));
        }
    }

    /** An instant in ISO-8601 with its offset ({@code 2026-12-01T08:00:00Z}, {@code ...+07:00}); null when absent. */
    public static Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return java.time.OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException(field, field + " is a time with its offset, e.g. 2026-12-01T08:00:00+07:00: '" + value + "'");
        }
    }
}
