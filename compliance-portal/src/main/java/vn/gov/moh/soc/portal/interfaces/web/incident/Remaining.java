package vn.gov.moh.soc.portal.interfaces.web.incident;

import java.time.format.DateTimeFormatter;
import java.time.Instant;
import vn.gov.moh.soc.portal.application.LocalDay;
import vn.gov.moh.soc.portal.domain.model.incident.IncidentDeadlines;
import vn.gov.moh.soc.portal.infrastructure.json.IncidentJson;

/** How the pages show a deadline: its time in Vietnam and what remains ("-2h 5m" when late). */
final class Remaining {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(LocalDay.VIETNAM);

    private Remaining() {
    }

    static String time(Instant t) {
        return t == null ? "" : TIME.format(t);
    }

    static String of(IncidentDeadlines.Deadline d) {
        return d.remaining().map(IncidentJson::remaining).orElse("");
    }
}
