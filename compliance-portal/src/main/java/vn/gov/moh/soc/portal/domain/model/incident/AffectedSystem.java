package vn.gov.moh.soc.portal.domain.model.incident;

import vn.gov.moh.soc.portal.domain.shared.Text;

/**
 * An information system the incident touches, as the alerts' asset enrichment names it ({@code
 * soc.system.id}, e.g. {@code system-4}, and its name), or as an analyst adds it.
 */
public record AffectedSystem(String id, String name) {
    public AffectedSystem {
        id = Text.required(id, "the system id", 100);
        name = Text.optional(name, "the system name", 300);
    }
}
