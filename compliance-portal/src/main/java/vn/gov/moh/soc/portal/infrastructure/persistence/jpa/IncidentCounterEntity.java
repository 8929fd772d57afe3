package vn.gov.moh.soc.portal.infrastructure.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The last incident number of a year (migration V40), read with a write lock. */
@Entity
@Table(name = "incident_counter")
public class IncidentCounterEntity {
    @Id
    @Column(name = "counter_year")
    private int year;
    @Column(name = "last_number", nullable = false)
    private int lastNumber;

    protected IncidentCounterEntity() {
    }

    IncidentCounterEntity(int year) {
        this.year = year;
    }

    int next() {
        return ++lastNumber;
    }
}
