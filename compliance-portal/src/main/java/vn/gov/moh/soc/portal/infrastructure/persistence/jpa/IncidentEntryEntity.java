package vn.gov.moh.soc.portal.infrastructure.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import vn.gov.moh.soc.portal.domain.model.incident.Comment;
import vn.gov.moh.soc.portal.domain.model.incident.TimelineEntry;

/** One timeline entry of an incident (migration V41), a comment's text with it; inserted, never updated. */
@Entity
@Table(name = "incident_entry")
public class IncidentEntryEntity {
    @Id
    @SequenceGenerator(name = "incident_entry_seq", sequenceName = "incident_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "incident_entry_seq")
    private Long id;
    @Column(name = "incident_id", nullable = false)
    private long incidentId;
    @Column(name = "entry_order", nullable = false)
    private int entryOrder;
    @Column(name = "entry_at", nullable = false)
    private OffsetDateTime at;
    @Column(name = "by_user", nullable = false)
    private String by;
    @Column(nullable = false)
    private String kind;
    @Column(nullable = false)
    private String summary;
    @Column(name = "comment_text")
    private String commentText;

    protected IncidentEntryEntity() {
    }

    IncidentEntryEntity(long incidentId, int entryOrder, TimelineEntry e, String commentText) {
        this.incidentId = incidentId;
        this.entryOrder = entryOrder;
        this.at = IncidentEntity.at(e.at());
        this.by = e.by();
        this.kind = e.kind().name();
        this.summary = e.what();
        this.commentText = commentText;
    }

    TimelineEntry toEntry() {
        return new TimelineEntry(IncidentEntity.instant(at), by, TimelineEntry.Kind.valueOf(kind), summary);
    }

    Comment toComment() {
        return new Comment(IncidentEntity.instant(at), by, commentText);
    }

    long incidentId() {
        return incidentId;
    }

    String commentText() {
        return commentText;
    }
}
