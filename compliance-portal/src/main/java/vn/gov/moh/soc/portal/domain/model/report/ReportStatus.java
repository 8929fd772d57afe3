package vn.gov.moh.soc.portal.domain.model.report;

/** Where a report request stands. */
public enum ReportStatus {
    QUEUED, RUNNING, DONE, FAILED;

    public boolean finished() {
        return this == DONE || this == FAILED;
    }
}
