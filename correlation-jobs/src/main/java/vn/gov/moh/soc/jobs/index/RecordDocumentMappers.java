package vn.gov.moh.soc.jobs.index;

import java.time.Instant;
import vn.gov.moh.soc.core.naming.Namespace;
import vn.gov.moh.soc.jobs.record.AlertRecord;
import vn.gov.moh.soc.jobs.record.EventRecord;

/**
 * Documents of the job's own records, whose JSON is already the ECS document: it is indexed as
 * is, without parsing it again. Events go to the daily index of their event time
 * ({@link EventRecord#timestamp}, UTC day), alerts to the alerts index; the id is the record's.
 */
public final class RecordDocumentMappers {
    private RecordDocumentMappers() {
    }

    public static DocumentMapper<EventRecord> events(Namespace namespace) {
        return event -> new IndexDocument(EventDocumentMapper.dailyIndex(namespace, Instant.ofEpochMilli(event.timestamp)),
                event.id, event.json());
    }

    public static DocumentMapper<AlertRecord> alerts(Namespace namespace) {
        return alert -> new IndexDocument(namespace.alertsIndex(), alert.id, alert.json());
    }
}
