package vn.gov.moh.soc.portal.domain.model.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One change: who did what to which record, when, with the record before and after (JSON; empty
 * when it did not exist).
 *
 * @param position     1, 2, 3... with no gap
 * @param previousHash the hash of the record at {@code position - 1}; {@link #GENESIS} for the first
 * @param hash         SHA-256 over the previous hash and every other field
 */
public record AuditRecord(long position, Instant at, String actor, String action, String entityType, String entityId,
                          String before, String after, String previousHash, String hash) {
    /** The "previous hash" of the first record. */
    public static final String GENESIS = "0".repeat(64);

    public AuditRecord {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        before = before == null ? "" : before;
        after = after == null ? "" : after;
    }

    /** The next record of a chain whose last record has the given position and hash. */
    public static AuditRecord append(long lastPosition, String lastHash, Instant at, String actor, String action,
                                     String entityType, String entityId, String before, String after) {
        AuditRecord unsigned = new AuditRecord(lastPosition + 1, at, actor, action, entityType, entityId, before, after, lastHash, null);
        return unsigned.withHash(unsigned.computeHash());
    }

    private AuditRecord withHash(String value) {
        return new AuditRecord(position, at, actor, action, entityType, entityId, before, after, previousHash, value);
    }

    /** The hash this record should carry. Fields are length-prefixed so that no two records encode alike. */
    public String computeHash() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String field : new String[] {previousHash, Long.toString(position), at.toString(), actor, action,
                    String.valueOf(entityType), String.valueOf(entityId), before, after}) {
                byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
                sha.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
                sha.update(bytes);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
