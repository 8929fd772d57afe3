package vn.gov.moh.soc.portal.infrastructure.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/** What an append-only row of a dossier's history has: its dossier, its place in the list, the version it concerns. */
@MappedSuperclass
public abstract class DossierHistoryRow {
    @Column(name = "dossier_id", nullable = false)
    protected long dossierId;
    @Column(name = "list_index", nullable = false)
    protected int listIndex;
    @Column(name = "version_number", nullable = false)
    protected int versionNumber;

    protected void place(long dossier, int index, int version) {
        dossierId = dossier;
        listIndex = index;
        versionNumber = version;
    }
}
