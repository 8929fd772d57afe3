package vn.gov.moh.soc.core.sigma.rule;

import java.util.List;
import java.util.Map;

/**
 * A Sigma detection rule as written.
 *
 * @param source      where it came from (file path)
 * @param id          the rule id, may be null (the spec makes it optional)
 * @param title       mandatory title
 * @param status      e.g. stable, test, experimental, deprecated
 * @param level       informational, low, medium, high, critical, or null
 * @param description free text
 * @param author      free text
 * @param date        creation date as written
 * @param modified    modification date as written
 * @param tags        tags such as {@code attack.t1059.001}
 * @param references  URLs
 * @param falsePositives known false positives
 * @param fields      fields worth showing with an alert
 * @param related     related rules: type and id
 * @param logSource   the log source
 * @param searches    the search identifiers by name, in written order
 * @param conditions  one or more conditions (a list is OR-ed)
 * @param name        the optional rule name correlations refer to
 */
public record SigmaRule(
        String source,
        String id,
        String name,
        String title,
        String status,
        String level,
        String description,
        String author,
        String date,
        String modified,
        List<String> tags,
        List<String> references,
        List<String> falsePositives,
        List<String> fields,
        List<Related> related,
        RuleLogSource logSource,
        Map<String, SearchIdentifier> searches,
        List<String> conditions) {

    /** An entry of {@code related}. */
    public record Related(String id, String type) {
    }

    /** MITRE ATT&CK tags ({@code attack.*}). */
    public List<String> attackTags() {
        return tags.stream().filter(t -> t.startsWith("attack.")).toList();
    }
}
