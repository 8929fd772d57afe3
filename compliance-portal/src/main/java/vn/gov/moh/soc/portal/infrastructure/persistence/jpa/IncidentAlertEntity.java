package vn.gov.moh.soc.portal.infrastructure.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Which incident an alert was escalated into (migration V40); the key refuses a second incident. */
@Entity
@Table(name = "incident_alert")
public class IncidentAlertEntity {
    @Id
    @Column(name = "alert_id")
    private String alertId;
    @Column(name = "incident_id", nullable = false)
    private long incidentId;

    protected IncidentAlertEntity() {
    }

    IncidentAlertEntity(String alertId, long incidentId) {
        this.alertId = alertId;
        this.incidentId = incidentId;
    }

    String alertId() {
        return alertId;
    }

    long incidentId() {
        return incidentId;
    }
}
