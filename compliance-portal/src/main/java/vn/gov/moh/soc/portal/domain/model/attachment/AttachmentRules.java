package vn.gov.moh.soc.portal.domain.model.attachment;

import java.util.Locale;
import java.util.Set;

/**
 * What an upload must satisfy: a size limit and the media types allowed, checked against the
 * type the content shows; a name whose extension claims another type than the content is refused
 * (a disguised file), and so is an infected one.
 *
 * @param maxBytes     the largest accepted file
 * @param allowedTypes media types such as {@code application/pdf}
 */
public record AttachmentRules(long maxBytes, Set<String> allowedTypes) {
    public AttachmentRules {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("the attachment size limit is positive: " + maxBytes);
        }
        allowedTypes = Set.copyOf(allowedTypes.stream().map(t -> t.strip().toLowerCase(Locale.ROOT)).toList());
        if (allowedTypes.isEmpty()) {
            throw new IllegalArgumentException("at least one attachment type is allowed");
        }
    }

    /**
     * Checks a staged file's detected type against the allowed ones and its name's claim.
     *
     * @return the detected type
     */
    public String checkType(String detected, String typeOfName, String fileName) {
        String type = detected.toLowerCase(Locale.ROOT);
        if (!allowedTypes.contains(type)) {
            throw new AttachmentRejectedException(AttachmentRejectedException.Reason.TYPE_NOT_ALLOWED,
                    "'" + fileName + "' is " + type + ", which is not accepted; accepted: " + String.join(", ", allowedTypes.stream().sorted().toList()));
        }
        if (!type.equals(typeOfName.toLowerCase(Locale.ROOT))) {
            throw new AttachmentRejectedException(AttachmentRejectedException.Reason.TYPE_MISMATCH,
                    "'" + fileName + "' is named as " + typeOfName + " but its content is " + type);
        }
        return type;
    }

    public void checkScan(ScanResult scan, String fileName) {
        if (scan.verdict() == ScanResult.Verdict.INFECTED) {
            throw new AttachmentRejectedException(AttachmentRejectedException.Reason.INFECTED,
                    "'" + fileName + "' is infected (" + scan.detail() + ", " + scan.engine() + ")");
        }
    }

    /** A file name without folders, as browsers on some systems send the whole path. */
    public static String baseName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            throw new IllegalArgumentException("an attachment has a file name");
        }
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        if (name.isEmpty() || name.length() > 255 || name.chars().anyMatch(c -> c < 0x20)) {
            throw new IllegalArgumentException("not a usable file name: '" + fileName + "'");
        }
        return name;
    }
}
