package vn.gov.moh.soc.portal.application;

import java.util.List;
import java.util.Set;
import vn.gov.moh.soc.portal.domain.model.protection.LayerStatus;
import vn.gov.moh.soc.portal.domain.model.protection.ProtectionAssessment;
import vn.gov.moh.soc.portal.domain.model.protection.UnitProtection;
import vn.gov.moh.soc.portal.domain.model.system.SystemId;

/**
 * A unit's 4-layer declaration with what was computed from it on a day.
 *
 * @param ownedSystems the systems the unit itself owns
 * @param covered      the systems layer 2 covers (see {@code MonitoringCoverage})
 * @param layers       the four layers in order
 */
public record ProtectionStatus(UnitProtection declared, Set<SystemId> ownedSystems, Set<SystemId> covered, List<LayerStatus> layers) {
    public ProtectionStatus {
        ownedSystems = Set.copyOf(ownedSystems);
        covered = Set.copyOf(covered);
        layers = List.copyOf(layers);
    }

    /** Every layer in place. */
    public boolean complete() {
        return ProtectionAssessment.complete(layers);
    }
}
