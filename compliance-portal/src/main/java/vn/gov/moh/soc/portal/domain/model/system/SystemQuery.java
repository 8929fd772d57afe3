package vn.gov.moh.soc.portal.domain.model.system;

import java.util.Set;
import vn.gov.moh.soc.portal.domain.model.unit.UnitId;

/**
 * A page of the inventory.
 *
 * @param visibleOwners the owners the caller may see; null for every owner
 * @param owner         only this owner, or null
 * @param nameContains  a case-insensitive part of the name, or null
 * @param sort          the order
 * @param descending    reverse the order
 * @param page          0-based page
 * @param size          page size
 */
public record SystemQuery(Set<UnitId> visibleOwners, UnitId owner, String nameContains, Sort sort, boolean descending,
                          int page, int size) {
    /** What the inventory can be sorted by. */
    public enum Sort { NAME, OWNER, ID }
}
