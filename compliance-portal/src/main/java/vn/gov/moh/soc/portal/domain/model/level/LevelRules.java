package vn.gov.moh.soc.portal.domain.model.level;

import vn.gov.moh.soc.core.asset.SecurityLevel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.gov.moh.soc.portal.domain.model.system.ClassificationProfile;
import vn.gov.moh.soc.portal.domain.model.system.InformationSystem;
import vn.gov.moh.soc.portal.domain.model.system.SystemComponent;

/** Applies {@link Decree85Criteria} to a system and its components. */
public final class LevelRules {
    private final List<Criterion> table;

    public LevelRules() {
        this(Decree85Criteria.TABLE);
    }

    LevelRules(List<Criterion> table) {
        this.table = List.copyOf(table);
    }

    public LevelDetermination determine(InformationSystem system) {
        List<Reason> matched = new ArrayList<>(matches(system.profile(), null));
        for (SystemComponent c : system.components()) {
            c.ownProfile().ifPresent(p -> matched.addAll(matches(p, c.name())));
        }
        if (matched.isEmpty()) {
            // The table covers every valid profile (tested); reaching here means a row was lost.
            throw new IllegalStateException("no criterion of Decree 85 matches system '" + system.name() + "'");
        }
        SecurityLevel level = matched.stream().map(Reason::level).max(Comparator.naturalOrder()).orElseThrow();
        return new LevelDetermination(level,
                matched.stream().filter(r -> r.level() == level).toList(),
                matched.stream().filter(r -> r.level() != level).toList());
    }

    private List<Reason> matches(ClassificationProfile profile, String component) {
        return table.stream().filter(c -> c.matches(profile)).map(c -> new Reason(c, component)).toList();
    }
}
