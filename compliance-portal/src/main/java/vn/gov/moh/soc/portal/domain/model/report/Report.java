package vn.gov.moh.soc.portal.domain.model.report;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import vn.gov.moh.soc.portal.domain.model.unit.UnitId;

/**
 * A report request and, once built, its content's whereabouts.
 *
 * @param id          null until saved
 * @param visibleUnit the unit whose readers may see it (the scope's unit, a system's owner); null for
 *                    a sector-wide report, which only sector-wide readers see
 * @param progress    0 to 100
 * @param failure     why it failed; null unless {@code FAILED}
 * @param content     null until {@code DONE}
 * @param builtFrom   null until {@code DONE}
 */
public record Report(ReportId id, ReportScope scope, ReportFormat format, UnitId visibleUnit, String requestedBy, Instant requestedAt,
                     ReportStatus status, int progress, String failure, Instant startedAt, Instant finishedAt, StoredContent content,
                     BuiltFrom builtFrom) {
    public Report {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(requestedBy, "requestedBy");
        Objects.requireNonNull(requestedAt, "requestedAt");
        Objects.requireNonNull(status, "status");
        if (progress < 0 || progress > 100) {
            throw new IllegalArgumentException("progress is 0 to 100: " + progress);
        }
        if ((status == ReportStatus.DONE) != (content != null)) {
            throw new IllegalArgumentException("a report has content exactly when done: " + status);
        }
    }

    /** A new request, queued. */
    public static Report request(ReportScope scope, ReportFormat format, UnitId visibleUnit, String requestedBy, Instant now) {
        return new Report(null, scope, format, visibleUnit, requestedBy, now, ReportStatus.QUEUED, 0, null, null, null, null, null);
    }

    public Optional<String> failureReason() {
        return Optional.ofNullable(failure);
    }

    /**
     * The built file: its type, the name offered on download, size and SHA-256 (lower-case hex),
     * which also names it in the store.
     */
    public record StoredContent(String contentType, String fileName, long size, String sha256) {
        public StoredContent {
            Objects.requireNonNull(contentType, "contentType");
            Objects.requireNonNull(fileName, "fileName");
            if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
                throw new IllegalArgumentException("a SHA-256 in lower-case hex: " + sha256);
            }
        }

        /** The content description of these bytes. */
        public static StoredContent of(String contentType, String fileName, byte[] bytes) {
            return new StoredContent(contentType, fileName, bytes.length, sha256(bytes));
        }

        public static String sha256(byte[] bytes) {
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java runtime has SHA-256", e);
            }
        }
    }
}
