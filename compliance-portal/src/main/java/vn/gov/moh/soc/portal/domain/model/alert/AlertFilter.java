package vn.gov.moh.soc.portal.domain.model.alert;

import java.time.Instant;
import java.util.Set;

/**
 * What an analyst narrows the queue to: every set left empty means "any". Values are those of the
 * alert documents: priorities {@code P1}…{@code P5} ({@code soc.alert.priority}), Sigma rule levels
 * ({@code soc.alert.rule_level}), unit ids ({@code organization.id}), system ids
 * ({@code soc.system.id}), Decree 85 levels 1–5 ({@code soc.system.level}), rule ids, ATT&CK tactic
 * names and technique ids, triage statuses; {@code text} is searched in the rule's name and the
 * host names.
 *
 * @param from   alerts at or after (inclusive), null for no lower bound
 * @param to     alerts before (exclusive), null for no upper bound
 * @param drills whether alerts of drills ({@code labels.soc_drill}) are shown with the real ones,
 *               left out, or shown alone
 */
public record AlertFilter(Instant from, Instant to, Set<String> priorities, Set<String> ruleLevels, Set<String> units,
        Set<String> systems, Set<Integer> systemLevels, Set<String> rules, Set<String> tactics, Set<String> techniques,
        Set<TriageStatus> statuses, String text, Drills drills) {

    /** Drill alerts in a view: the queue shows them (marked); statistics of real incidents leave them out. */
    public enum Drills {
        INCLUDED, EXCLUDED, ONLY
    }

    /** A filter that shows drill alerts beside the real ones. */
    public AlertFilter(Instant from, Instant to, Set<String> priorities, Set<String> ruleLevels, Set<String> units,
            Set<String> systems, Set<Integer> systemLevels, Set<String> rules, Set<String> tactics, Set<String> techniques,
            Set<TriageStatus> statuses, String text) {
        this(from, to, priorities, ruleLevels, units, systems, systemLevels, rules, tactics, techniques, statuses, text,
                Drills.INCLUDED);
    }

    public static final AlertFilter ANY = new AlertFilter(null, null, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
            Set.of(), Set.of(), Set.of(), Set.of(), null);

    public AlertFilter {
        priorities = Set.copyOf(priorities);
        ruleLevels = Set.copyOf(ruleLevels);
        units = Set.copyOf(units);
        systems = Set.copyOf(systems);
        systemLevels = Set.copyOf(systemLevels);
        rules = Set.copyOf(rules);
        tactics = Set.copyOf(tactics);
        techniques = Set.copyOf(techniques);
        statuses = Set.copyOf(statuses);
        text = text == null || text.isBlank() ? null : text.strip();
        drills = drills == null ? Drills.INCLUDED : drills;
        if (from != null && to != null && !from.isBefore(to)) {
            throw new IllegalArgumentException("the time range is empty: from " + from + " is not before to " + to);
        }
    }

    /** The same filter from another start: the "new alerts since" count of the live refresh. */
    public AlertFilter since(Instant start) {
        return new AlertFilter(start, to, priorities, ruleLevels, units, systems, systemLevels, rules, tactics, techniques,
                statuses, text, drills);
    }

    /** The same filter for one rule only: a group of the grouped view. */
    public AlertFilter withRule(String ruleId) {
        return new AlertFilter(from, to, priorities, ruleLevels, units, systems, systemLevels, Set.of(ruleId), tactics,
                techniques, statuses, text, drills);
    }

    /** The same filter with drill alerts included, left out or alone. */
    public AlertFilter withDrills(Drills value) {
        return new AlertFilter(from, to, priorities, ruleLevels, units, systems, systemLevels, rules, tactics, techniques,
                statuses, text, value);
    }
}
