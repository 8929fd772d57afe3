package vn.gov.moh.soc.portal.domain.model.incident;

/** The identity given to an incident when first saved. */
public record IncidentId(long value) {
    public IncidentId {
        if (value <= 0) {
            throw new IllegalArgumentException("an incident id is positive: " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
