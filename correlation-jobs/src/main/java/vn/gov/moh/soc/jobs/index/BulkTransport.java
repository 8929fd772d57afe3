package vn.gov.moh.soc.jobs.index;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Sends one bulk request. The future completes with one {@link ItemResult} per document, in the
 * order given, or exceptionally when the request as a whole failed: with an
 * {@link java.io.IOException} when Elasticsearch could not be reached, with a
 * {@link BulkRequestFailedException} when it answered the whole request with an error status.
 */
interface BulkTransport extends AutoCloseable {
    CompletableFuture<List<ItemResult>> bulk(List<IndexDocument> documents);

    @Override
    void close() throws java.io.IOException;

    /** What Elasticsearch said about one document of a bulk request. */
    record ItemResult(int status, String error) {
        static final ItemResult CREATED = new ItemResult(201, null);

        static final int VERSION_CONFLICT = 409;

        boolean succeeded() {
            return status >= 200 && status < 300;
        }

        /**
         * True if the document is stored: acknowledged, or, for a {@link IndexDocument.Operation#CREATE},
         * refused because a document with its id exists already (what a replay after a restart meets).
         */
        boolean stored(IndexDocument doc) {
            return succeeded() || status == VERSION_CONFLICT && doc.operation() == IndexDocument.Operation.CREATE;
        }
    }
}
