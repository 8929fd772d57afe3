package vn.gov.moh.soc.jobs.index;

/** Elasticsearch (or a proxy in front of it) answered a whole bulk request with an error status. */
final class BulkRequestFailedException extends RuntimeException {
    private final int status;

    BulkRequestFailedException(int status, String message, Throwable cause) {
        super("HTTP " + status + ": " + message, cause);
        this.status = status;
    }

    int status() {
        return status;
    }
}
