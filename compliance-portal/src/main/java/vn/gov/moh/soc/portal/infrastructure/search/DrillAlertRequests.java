package vn.gov.moh.soc.portal.infrastructure.search;

import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import vn.gov.moh.soc.core.event.DrillMark;
import vn.gov.moh.soc.core.event.Event;
import vn.gov.moh.soc.portal.domain.model.alert.TriageStatus;
import vn.gov.moh.soc.portal.domain.model.drill.run.ObservedAlert;

/** The search for a drill run's alerts, and an alert document read as the measurement needs it. */
final class DrillAlertRequests {
    private DrillAlertRequests() {
    }

    /** The alerts carrying the mark, oldest first (a term on the keyword field: no scoring). */
    static SearchRequest marked(String index, String mark, int max) {
        return SearchRequest.of(s -> s.index(index).size(max).ignoreUnavailable(true)
                .query(q -> q.bool(b -> b.filter(f -> f.term(t -> t.field(DrillMark.FIELD).value(mark)))))
                .sort(o -> o.field(f -> f.field("@timestamp").order(SortOrder.Asc)))
                .sort(o -> o.field(f -> f.field("event.id").order(SortOrder.Asc)))
                .source(src -> src.filter(f -> f.includes("@timestamp", "event.id", "rule.id", "rule.name",
                        "soc.alert.status", "soc.alert.acknowledged_at", "soc.alert.closed_at", DrillMark.FIELD))));
    }

    /**
     * The alert as observed; null when it has no usable {@code @timestamp} (it cannot be measured).
     * Its closing time counts while it is closed or escalated: a reopened alert keeps the field.
     */
    static ObservedAlert observed(String id, Event doc) {
        Instant raised = doc.timestamp();
        if (raised == null) {
            return null;
        }
        boolean closed = TriageStatus.ofDocument(doc.text("soc.alert.status"))
                .map(s -> s.closed() || s == TriageStatus.ESCALATED).orElse(false);
        return new ObservedAlert(id, doc.text("rule.id"), doc.text("rule.name"), raised,
                instant(doc.text("soc.alert.acknowledged_at")), closed ? instant(doc.text("soc.alert.closed_at")) : null);
    }

    private static Instant instant(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
