package vn.gov.moh.soc.portal.domain.model.drill;

/** What the drill plays out, e.g. ransomware on the hospital information system. */
public record Scenario(String title, String description) {
    public Scenario {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("a scenario has a title");
        }
        title = title.strip();
        if (title.length() > 300) {
            throw new IllegalArgumentException("a scenario's title is at most 300 characters");
        }
        description = description == null ? "" : description.strip();
        if (description.length() > 4000) {
            throw new IllegalArgumentException("a scenario's description is at most 4000 characters");
        }
    }
}
