package vn.gov.moh.soc.portal.domain.model.report;

/** The forms a report is rendered in. */
public enum ReportFormat {
    PDF("application/pdf", "pdf"),
    /** The report's main table, UTF-8 with a byte-order mark so that spreadsheet programs read the diacritics. */
    CSV("text/csv; charset=UTF-8", "csv");

    private final String contentType;
    private final String extension;

    ReportFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }
}
