package vn.gov.moh.soc.portal.domain.model.dossier;

import java.time.Instant;
import java.util.Objects;

/** An approved dossier whose system changed since: its level needs to be looked at again. */
public record ReReview(String reason, Instant flaggedAt) {
    public ReReview {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(flaggedAt, "flaggedAt");
    }
}
