package vn.gov.moh.soc.portal.infrastructure.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Duration;
import java.util.Objects;
import vn.gov.moh.soc.portal.domain.model.incident.ResponseDeadline;
import vn.gov.moh.soc.portal.domain.model.incident.Severity;

/** A row of the response-deadline table (migration V42). */
@Entity
@Table(name = "response_deadline")
@IdClass(ResponseDeadlineEntity.Key.class)
public class ResponseDeadlineEntity {
    @Id
    private String severity;
    @Id
    @Column(name = "system_level")
    private int systemLevel;
    @Column(name = "respond_minutes", nullable = false)
    private int respondMinutes;
    @Column(name = "resolve_minutes", nullable = false)
    private int resolveMinutes;
    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    /** The composite key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        public String severity;
        public int systemLevel;

        public Key() {
        }

        Key(String severity, int systemLevel) {
            this.severity = severity;
            this.systemLevel = systemLevel;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.severity.equals(severity) && k.systemLevel == systemLevel;
        }

        @Override
        public int hashCode() {
            return Objects.hash(severity, systemLevel);
        }
    }

    void set(ResponseDeadline row, String by) {
        severity = row.severity().name();
        systemLevel = row.systemLevel();
        respondMinutes = Math.toIntExact(row.timeToRespond().toMinutes());
        resolveMinutes = Math.toIntExact(row.timeToResolve().toMinutes());
        updatedBy = by;
    }

    ResponseDeadline toDomain() {
        return new ResponseDeadline(Severity.valueOf(severity), systemLevel, Duration.ofMinutes(respondMinutes),
                Duration.ofMinutes(resolveMinutes));
    }
}
