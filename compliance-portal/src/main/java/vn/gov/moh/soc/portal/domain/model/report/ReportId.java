package vn.gov.moh.soc.portal.domain.model.report;

/** A report's database id. */
public record ReportId(long value) {
    public ReportId {
        if (value <= 0) {
            throw new IllegalArgumentException("a report id is positive: " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
