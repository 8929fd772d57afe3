package vn.gov.moh.soc.portal.domain.model.dossier;

/** The identity given to a dossier when it is first saved. */
public record DossierId(long value) {
    public DossierId {
        if (value <= 0) {
            throw new IllegalArgumentException("a dossier id is positive: " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
