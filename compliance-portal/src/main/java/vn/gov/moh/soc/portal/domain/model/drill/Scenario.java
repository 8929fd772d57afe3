package vn.gov.moh.soc.portal.domain.model.drill;

import vn.gov.moh.soc.portal.domain.shared.Text;

/** What the drill plays out, e.g. ransomware on the hospital information system. */
public record Scenario(String title, String description) {
    public Scenario {
        title = Text.required(title, "a scenario's title", 300);
        description = java.util.Objects.requireNonNullElse(Text.optional(description, "a scenario's description", 4000), "");
    }
}
