package vn.gov.moh.soc.portal.domain.model.system;

/** The identity the inventory gives a system when it is first saved. */
public record SystemId(long value) {
    public SystemId {
        if (value <= 0) {
            throw new IllegalArgumentException("a system id is positive: " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
