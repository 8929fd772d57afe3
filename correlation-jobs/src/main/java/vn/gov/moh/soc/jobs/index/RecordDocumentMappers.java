package vn.gov.moh.soc.jobs.index;

import java.time.Instant;
import vn.gov.moh.soc.core.naming.Namespace;
import vn.gov.moh.soc.jobs.record.AlertRecord;
import vn.gov.moh.soc.jobs.record.EventRecord;

/**
 * Documents of the job's own records, whose JSON is already the ECS document: it is indexed as
 * is, without parsing it again. Events go to the daily index of their event time
 * ({@link EventRecord#timestamp}, UTC day), alerts to the alerts index; the id is the record's.
 *
 * <p>Events are written with {@code index} (a replay rewrites the same document). Alerts are
 * written with {@code create}: an alert replayed after a restart finds its document there and
 * leaves it as it is, with the triage fields ({@code soc.alert.status}, ...) that analysts set
 * on it from the portal since, which an {@code index} would wipe.
 */
public final class RecordDocumentMappers {
    private RecordDocumentMappers() {
    }

    public static DocumentMapper<EventRecord> events(Namespace namespace) {
        return event -> new IndexDocument(EventDocumentMapper.dailyIndex(namespace, Instant.ofEpochMilli(event.timestamp)),
                event.id, event.json());
    }

    public static DocumentMapper<AlertRecord> alerts(Namespace namespace) {
        return alert -> new IndexDocument(namespace.alertsIndex(), alert.id, alert.json(), IndexDocument.Operation.CREATE);
    }
}
