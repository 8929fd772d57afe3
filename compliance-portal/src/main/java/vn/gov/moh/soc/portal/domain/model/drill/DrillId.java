package vn.gov.moh.soc.portal.domain.model.drill;

/** The identity given to a drill when first saved. */
public record DrillId(long value) {
    public DrillId {
        if (value <= 0) {
            throw new IllegalArgumentException("a drill id is positive: " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
