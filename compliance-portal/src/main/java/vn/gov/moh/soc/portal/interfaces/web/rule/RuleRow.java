package vn.gov.moh.soc.portal.interfaces.web.rule;

import java.io.Serializable;
import vn.gov.moh.soc.portal.application.pipeline.RuleOverview;

/** A line of the rules table; {@code editable}: the portal holds its YAML. */
public record RuleRow(String id, String title, String level, String origin, String status, long recent, long total,
                      boolean editable, boolean enabled) implements Serializable {
    static RuleRow of(RuleOverview.Row r) {
        return new RuleRow(r.id(), r.title(), r.level() == null ? "" : r.level(), r.origin().name(), r.status().name(),
                r.recent(), r.total(), r.origin() == RuleOverview.Origin.PORTAL,
                r.status() != RuleOverview.Status.DISABLED);
    }
}
