package vn.gov.moh.soc.portal.infrastructure.persistence.jpa;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.gov.moh.soc.portal.domain.model.incident.Comment;
import vn.gov.moh.soc.portal.domain.model.incident.Incident;
import vn.gov.moh.soc.portal.domain.model.incident.IncidentId;
import vn.gov.moh.soc.portal.domain.model.incident.IncidentPriority;
import vn.gov.moh.soc.portal.domain.model.incident.IncidentReference;
import vn.gov.moh.soc.portal.domain.model.incident.IncidentStatus;
import vn.gov.moh.soc.portal.domain.model.incident.Resolution;
import vn.gov.moh.soc.portal.domain.model.incident.Severity;
import vn.gov.moh.soc.portal.domain.model.incident.TimelineEntry;
import vn.gov.moh.soc.portal.infrastructure.json.IncidentJson;

/**
 * An incident's row (migration V40): the filtered and sorted fields as columns, the units as a
 * table of their own for queries (read access depends on them; the document keeps their order),
 * the rest as one document. The timeline is
 * {@link IncidentEntryEntity}, appended by the repository.
 */
@Entity
@Table(name = "incident")
public class IncidentEntity {
    @Id
    @SequenceGenerator(name = "incident_seq", sequenceName = "incident_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "incident_seq")
    private Long id;
    @Column(nullable = false)
    private String reference;
    @Column(name = "ref_year", nullable = false)
    private int refYear;
    @Column(name = "ref_number", nullable = false)
    private int refNumber;
    @Column(nullable = false)
    private String title;
    private String description;
    @Column(nullable = false)
    private String severity;
    @Column(nullable = false)
    private String priority;
    @Column(nullable = false)
    private String status;
    private String resolution;
    @Column(name = "resolution_note")
    private String resolutionNote;
    private String assignee;
    @Column(name = "system_level", nullable = false)
    private int systemLevel;
    /** The drill run's mark of a drill's incident (from its alerts, kept for the statistics' query), null for a real one. */
    @Column(name = "drill_mark", length = 64)
    private String drillMark;
    @Column(name = "detected_at", nullable = false)
    private OffsetDateTime detectedAt;
    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;
    @Column(name = "created_by", nullable = false)
    private String createdBy;
    @Column(name = "modified_at", nullable = false)
    private OffsetDateTime modifiedAt;
    @Column(name = "responded_at")
    private OffsetDateTime respondedAt;
    @Column(name = "resolved_at")
    private OffsetDateTime resolvedAt;
    @Column(name = "reported_at")
    private OffsetDateTime reportedAt;
    @Column(name = "reopen_count", nullable = false)
    private int reopenCount;
    @Column(name = "document_json", nullable = false)
    private String documentJson;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "incident_unit", joinColumns = @JoinColumn(name = "incident_id"))
    @Column(name = "unit_id")
    private Set<String> units = new HashSet<>();
    @Version
    private long version;

    void copyFrom(Incident i) {
        reference = i.reference().toString();
        refYear = i.reference().year();
        refNumber = i.reference().number();
        title = i.title();
        description = i.description();
        severity = i.severity().name();
        priority = i.priority().name();
        status = i.status().name();
        resolution = i.resolution() == null ? null : i.resolution().name();
        resolutionNote = i.resolutionNote();
        assignee = i.assignee();
        systemLevel = i.systemLevel();
        drillMark = i.drill().orElse(null);
        detectedAt = at(i.detectedAt());
        createdAt = at(i.createdAt());
        createdBy = i.createdBy();
        modifiedAt = at(i.modifiedAt());
        respondedAt = at(i.respondedAt());
        resolvedAt = at(i.resolvedAt());
        reportedAt = at(i.reportedAt());
        reopenCount = i.reopenCount();
        documentJson = IncidentJson.document(i);
        Set<String> now = new HashSet<>();
        i.units().forEach(u -> now.add(u.value()));
        if (!now.equals(units)) {
            units.clear();
            units.addAll(now);
        }
    }

    /** The incident with its timeline (entries in order) and the comments those entries carry. */
    Incident toDomain(List<IncidentEntryEntity> entries) {
        IncidentJson.Document d = IncidentJson.readDocument(documentJson);
        List<TimelineEntry> timeline = entries.stream().map(IncidentEntryEntity::toEntry).toList();
        List<Comment> comments = entries.stream().filter(e -> e.commentText() != null).map(IncidentEntryEntity::toComment).toList();
        return new Incident(new IncidentId(id), IncidentReference.parse(reference), instant(createdAt), createdBy, title, description,
                Severity.valueOf(severity), IncidentPriority.valueOf(priority), IncidentStatus.valueOf(status),
                resolution == null ? null : Resolution.valueOf(resolution), resolutionNote, assignee, instant(detectedAt),
                instant(respondedAt), instant(resolvedAt), instant(reportedAt), reopenCount, systemLevel, d.alerts(), d.units(),
                d.systems(), d.observables(), d.tasks(), comments, timeline);
    }

    Long id() {
        return id;
    }

    Set<String> units() {
        return units;
    }

    static OffsetDateTime at(Instant i) {
        return i == null ? null : i.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }
}
