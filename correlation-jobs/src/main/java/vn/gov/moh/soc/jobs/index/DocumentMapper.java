package vn.gov.moh.soc.jobs.index;

import java.io.Serializable;

/**
 * Turns a record of the stream into the document to index. The id must be derived from the record
 * (its stable id), never generated, so that a replay meets what the first run wrote (and overwrites
 * it, or with {@link IndexDocument.Operation#CREATE} keeps it).
 *
 * <p>A mapper may throw {@link IllegalArgumentException} for a record it cannot map; the sink then
 * sends the record to the dead-letter handler with the message as reason.
 */
@FunctionalInterface
public interface DocumentMapper<T> extends Serializable {
    IndexDocument toDocument(T record);
}
