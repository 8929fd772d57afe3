package vn.gov.moh.soc.core.asset;

import java.util.Locale;

/**
 * The triage priority of an alert ({@code soc.alert.priority}), P1 first, from the level of the rule
 * that fired and the Decree 85 level of the system it fired on:
 *
 * <pre>
 * rule level \ system level   1    2    3    4    5    unknown system
 * informational               P5   P5   P5   P4   P4   P5
 * low                         P4   P4   P4   P3   P3   P4
 * medium                      P4   P3   P3   P2   P2   P3
 * high                        P3   P2   P2   P1   P1   P2
 * critical                    P2   P1   P1   P1   P1   P1
 * </pre>
 *
 * Why: the rule level says how sure and how serious the activity is; the system level says how
 * much harm a compromise does (Law 86/2015 Art. 21). Levels 2 and 3 are the baseline: they differ
 * mostly in scale (number of users, online services), and nearly all hospital and
 * Department-of-Health systems are one or the other. Levels 4 and 5 reach national security, so
 * the same rule is one step more urgent there; level 1 holds only public information, so one step
 * less (a critical rule stays at least P2 anywhere). Informational rules are context, never above
 * P4. A host missing from the inventory counts as level 3: being unknown must not make it look
 * safer than an inventoried system, and level 3 is what a hospital system holding many patients'
 * data is. A rule without a level counts as medium.
 */
public enum Priority {
    /** Act now: a likely compromise of a system whose loss reaches national security or many people. */
    P1,
    P2,
    P3,
    P4,
    /** Context for analysts; no action expected. */
    P5;

    private static final String[] RULE_LEVELS = {"informational", "low", "medium", "high", "critical"};

    /** Rows: rule level; columns: system level 1–5, then unknown. */
    private static final Priority[][] TABLE = {
        {P5, P5, P5, P4, P4, P5},
        {P4, P4, P4, P3, P3, P4},
        {P4, P3, P3, P2, P2, P3},
        {P3, P2, P2, P1, P1, P2},
        {P2, P1, P1, P1, P1, P1},
    };

    /**
     * The priority of an alert.
     *
     * @param ruleLevel the Sigma level ({@code informational}, {@code low}, {@code medium},
     *     {@code high}, {@code critical}, any case); null counts as medium
     * @param systemLevel the system's level, or null when the host is not in the inventory
     * @throws IllegalArgumentException if the rule level is not a Sigma level
     */
    public static Priority of(String ruleLevel, SecurityLevel systemLevel) {
        int row = 2;
        if (ruleLevel != null) {
            row = -1;
            String l = ruleLevel.toLowerCase(Locale.ROOT);
            for (int i = 0; i < RULE_LEVELS.length; i++) {
                if (RULE_LEVELS[i].equals(l)) {
                    row = i;
                }
            }
            if (row < 0) {
                throw new IllegalArgumentException("rule level '" + ruleLevel + "' is not one of "
                        + String.join(", ", RULE_LEVELS));
            }
        }
        return TABLE[row][systemLevel == null ? 5 : systemLevel.ordinal()];
    }
}
