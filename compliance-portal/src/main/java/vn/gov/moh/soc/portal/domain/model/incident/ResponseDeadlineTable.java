package vn.gov.moh.soc.portal.domain.model.incident;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The whole response-deadline table: one row for every severity and every level 0–5, so that any
 * incident finds its deadlines (a table with a hole is refused, not guessed at).
 */
public record ResponseDeadlineTable(List<ResponseDeadline> rows) {
    public ResponseDeadlineTable {
        rows = rows.stream().sorted(Comparator.comparing(ResponseDeadline::severity).thenComparing(ResponseDeadline::systemLevel))
                .toList();
        for (Severity s : Severity.values()) {
            Set<Integer> levels = rows.stream().filter(r -> r.severity() == s).map(ResponseDeadline::systemLevel).collect(Collectors.toSet());
            for (int level = 0; level <= 5; level++) {
                if (!levels.contains(level)) {
                    throw new IllegalArgumentException("the deadline table has no row for " + s + " at level " + level);
                }
            }
            if (rows.stream().filter(r -> r.severity() == s).count() != 6) {
                throw new IllegalArgumentException("the deadline table has more than one row for a level of " + s);
            }
        }
    }

    public ResponseDeadline find(Severity severity, int systemLevel) {
        int level = Math.max(0, Math.min(5, systemLevel));
        return rows.stream().filter(r -> r.severity() == severity && r.systemLevel() == level).findFirst().orElseThrow();
    }
}
