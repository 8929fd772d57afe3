package vn.gov.moh.soc.portal.domain.model.dossier;

import java.time.Instant;
import java.util.Objects;

/**
 * A transition that happened: the history of the procedure.
 *
 * @param version the dossier version it concerned
 * @param note    the reason of a return or rejection, or the authority's remark; empty otherwise
 */
public record DossierEvent(int version, DossierAction action, DossierState from, DossierState to, String actor, Instant at,
                           String note) {
    public DossierEvent {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
        note = note == null ? "" : note;
    }
}
