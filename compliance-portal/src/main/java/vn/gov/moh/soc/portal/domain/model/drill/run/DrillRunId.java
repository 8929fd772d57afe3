package vn.gov.moh.soc.portal.domain.model.drill.run;

/** The identity given to a drill run when first saved. */
public record DrillRunId(long value) {
    public DrillRunId {
        if (value <= 0) {
            throw new IllegalArgumentException("a drill run id is positive: " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
