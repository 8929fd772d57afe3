package vn.gov.moh.soc.jobs.index;

import java.io.IOException;
import java.io.Serializable;

/**
 * Where the sink puts what Elasticsearch rejects for good. Called from the threads that complete
 * bulk requests, so implementations must be thread-safe.
 */
public interface DeadLetterHandler extends AutoCloseable {

    /**
     * Takes one rejected record.
     *
     * @param id the document's id, null when the record could not be mapped to a document
     * @param target the index it was going to, null when unknown
     * @param record the record as text (the document's JSON source)
     * @param reason why it was rejected
     */
    void reject(String id, String target, String record, String reason);

    /** Returns once every record taken so far is stored; throws if one could not be. */
    void flush() throws IOException, InterruptedException;

    @Override
    void close() throws IOException;

    /** Creates the handler in each parallel writer (the sink itself is serialized to the cluster). */
    @FunctionalInterface
    interface Factory extends Serializable {
        DeadLetterHandler create() throws IOException;
    }
}
