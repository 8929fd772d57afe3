package vn.gov.moh.soc.portal.infrastructure.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.gov.moh.soc.portal.domain.model.dossier.DossierAction;
import vn.gov.moh.soc.portal.domain.model.dossier.DossierEvent;
import vn.gov.moh.soc.portal.domain.model.dossier.DossierState;

/** A workflow event; append-only. */
@Entity
@Table(name = "dossier_event")
public class DossierEventEntity extends DossierHistoryRow {
    @Id
    @SequenceGenerator(name = "dossier_event_seq", sequenceName = "dossier_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dossier_event_seq")
    private Long id;
    @Column(nullable = false)
    private String action;
    @Column(name = "from_state", nullable = false)
    private String fromState;
    @Column(name = "to_state", nullable = false)
    private String toState;
    @Column(nullable = false)
    private String actor;
    @Column(name = "happened_at", nullable = false)
    private String at;
    @Column(nullable = false)
    private String note;

    static DossierEventEntity of(long dossier, int index, DossierEvent e) {
        DossierEventEntity x = new DossierEventEntity();
        x.place(dossier, index, e.version());
        x.action = e.action().name();
        x.fromState = e.from().name();
        x.toState = e.to().name();
        x.actor = e.actor();
        x.at = e.at().toString();
        x.note = e.note();
        return x;
    }

    DossierEvent toDomain() {
        return new DossierEvent(versionNumber, DossierAction.valueOf(action), DossierState.valueOf(fromState),
                DossierState.valueOf(toState), actor, Instant.parse(at), note);
    }
}
