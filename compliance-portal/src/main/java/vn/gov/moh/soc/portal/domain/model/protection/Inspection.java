package vn.gov.moh.soc.portal.domain.model.protection;

import vn.gov.moh.soc.portal.domain.shared.Text;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** Layer 3: one inspection or assessment by an independent organization, its date, scope and findings. */
public record Inspection(String inspector, LocalDate date, String scope, List<String> findings) {
    public Inspection {
        inspector = Text.required(inspector, "the inspecting organization", 300);
        Objects.requireNonNull(date, "the inspection's date is required");
        scope = Text.optional(scope, "the scope", 2000);
        findings = findings == null ? List.of()
                : findings.stream().map(f -> Text.required(f, "a finding", 2000)).toList();
    }
}
