package vn.gov.moh.soc.portal.domain.model.dossier;

import java.time.Instant;
import java.util.Objects;

/**
 * A remark on a dossier version by the owner's side or the authority's.
 *
 * @param version the version being discussed
 * @param party   which side wrote it
 */
public record DossierComment(int version, Party party, String author, Instant at, String text) {
    public static final int MAX_TEXT = 4000;

    public DossierComment {
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(at, "at");
        text = text == null ? "" : text.strip();
        if (text.isEmpty() || text.length() > MAX_TEXT) {
            throw new IncompleteDossierException(java.util.Map.of("text", "a comment has 1 to " + MAX_TEXT + " characters"));
        }
    }
}
