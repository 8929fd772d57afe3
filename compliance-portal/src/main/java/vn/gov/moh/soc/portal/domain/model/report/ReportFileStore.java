package vn.gov.moh.soc.portal.domain.model.report;

/** Keeps built reports' bytes, addressed by their SHA-256. */
public interface ReportFileStore {
    /** Keeps the bytes (once: the same bytes already kept are left as they are). */
    void keep(Report.StoredContent content, byte[] bytes);

    /** @throws IllegalStateException if the file is gone or no longer matches its SHA-256 */
    byte[] read(Report.StoredContent content);
}
