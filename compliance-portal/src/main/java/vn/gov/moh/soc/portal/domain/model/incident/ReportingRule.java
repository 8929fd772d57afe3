package vn.gov.moh.soc.portal.domain.model.incident;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import vn.gov.moh.soc.portal.domain.shared.Text;

/**
 * A duty to report an incident outside the unit, as the law states it and kept as data: which
 * document, within how long of detection, to whom. Calendar days: the circular does not say
 * working days (our reading, not confirmed).
 *
 * @param code our key, e.g. {@code TT20-2017-NOTIFY}
 * @param source the document and article as cited, e.g. "Thông tư 20/2017/TT-BTTTT"
 * @param confirmed whether the text was checked against the document
 */
public record ReportingRule(String code, String source, String description, Duration within, boolean confirmed,
        List<ReportRecipient> recipients) {
    public ReportingRule {
        code = Text.required(code, "the rule's code", 64);
        source = Text.required(source, "the rule's source", 300);
        description = Text.required(description, "the rule's description", 2000);
        Objects.requireNonNull(within, "within");
        if (within.isNegative() || within.toDays() > 365) {
            throw new IllegalArgumentException("a reporting period is 0 to 365 days");
        }
        recipients = List.copyOf(recipients);
    }

    /** When the report is due for an incident detected at {@code detectedAt}. */
    public Instant dueFor(Instant detectedAt) {
        return detectedAt.plus(within);
    }
}
