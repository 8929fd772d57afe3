package vn.gov.moh.soc.portal.domain.model.level;

import vn.gov.moh.soc.core.asset.SecurityLevel;

import java.util.List;

/**
 * The level the rules propose and why.
 *
 * @param level       the highest level matched by the system or any of its components
 * @param reasons     the criteria that gave that level
 * @param alsoMatched criteria that matched at lower levels, shown for completeness
 */
public record LevelDetermination(SecurityLevel level, List<Reason> reasons, List<Reason> alsoMatched) {
    public LevelDetermination {
        reasons = List.copyOf(reasons);
        alsoMatched = List.copyOf(alsoMatched);
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("a determination has at least one reason");
        }
    }
}
