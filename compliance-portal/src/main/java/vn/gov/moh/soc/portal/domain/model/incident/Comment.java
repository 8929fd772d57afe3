package vn.gov.moh.soc.portal.domain.model.incident;

import java.time.Instant;
import java.util.Objects;
import vn.gov.moh.soc.portal.domain.shared.Text;

/** What someone wrote on the incident; unit security officers may comment on their unit's incidents. */
public record Comment(Instant at, String by, String text) {
    public Comment {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(by, "by");
        text = Text.required(text, "the comment", 10_000);
    }
}
