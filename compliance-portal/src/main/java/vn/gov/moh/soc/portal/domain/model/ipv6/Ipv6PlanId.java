package vn.gov.moh.soc.portal.domain.model.ipv6;

/** The identity given to a plan when first saved. */
public record Ipv6PlanId(long value) {
    public Ipv6PlanId {
        if (value <= 0) {
            throw new IllegalArgumentException("a plan id is positive: " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
