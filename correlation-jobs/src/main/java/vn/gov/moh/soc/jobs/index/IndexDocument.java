package vn.gov.moh.soc.jobs.index;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One document to index: where, under which id, how ({@link Operation}), and its JSON source as
 * UTF-8 bytes (sent as is, never parsed again by the sink).
 */
public final class IndexDocument {
    /** The bulk operation that writes the document. */
    public enum Operation {
        /** Writes the document, replacing one with the same id (a replay rewrites the same bytes). */
        INDEX,
        /**
         * Writes the document only if none has its id; if one has (409, version conflict) the
         * document counts as written and the stored one is kept, fields others added to it included.
         */
        CREATE
    }

    /** Bytes a bulk action line costs on top of the source: {@code {"index":{"_index":...,"_id":...}}} and newlines. */
    private static final int ACTION_OVERHEAD = 40;

    private final String index;
    private final String id;
    private final byte[] source;
    private final Operation operation;

    /** A document written with {@link Operation#INDEX}. */
    public IndexDocument(String index, String id, byte[] source) {
        this(index, id, source, Operation.INDEX);
    }

    public IndexDocument(String index, String id, byte[] source, Operation operation) {
        this.index = requireText(index, "index");
        this.id = requireText(id, "id");
        this.source = Objects.requireNonNull(source, "source");
        this.operation = Objects.requireNonNull(operation, "operation");
    }

    private static String requireText(String value, String name) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("a document needs a non-empty " + name);
        }
        return value;
    }

    public String index() {
        return index;
    }

    public String id() {
        return id;
    }

    public Operation operation() {
        return operation;
    }

    /** The JSON source; do not modify the array. */
    public byte[] source() {
        return source;
    }

    /** Approximate size of the document in a bulk request body. */
    long bulkBytes() {
        return source.length + index.length() + id.length() + ACTION_OVERHEAD;
    }

    String sourceText() {
        return new String(source, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "IndexDocument[" + operation + " " + index + "/" + id + ", " + source.length + " bytes]";
    }
}
