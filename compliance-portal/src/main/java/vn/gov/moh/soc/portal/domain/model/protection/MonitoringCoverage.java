package vn.gov.moh.soc.portal.domain.model.protection;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import vn.gov.moh.soc.portal.domain.model.system.SystemId;
import vn.gov.moh.soc.portal.domain.model.unit.UnitId;

/**
 * Which of a unit's systems layer 2 actually covers on a day. Today that is what the contract
 * declares ({@link #DECLARED}); a later implementation answers from the SOC agents' heartbeats
 * (a system counts once its hosts report), and the portal picks it without other change.
 */
public interface MonitoringCoverage {
    Set<SystemId> covered(UnitProtection protection, LocalDate day);

    /**
     * {@link #covered(UnitProtection, LocalDate)} of many units at once (the dashboard's figure of
     * the whole sector); an implementation that reads something per call answers with one read.
     */
    default Map<UnitId, Set<SystemId>> covered(Collection<UnitProtection> protections, LocalDate day) {
        Map<UnitId, Set<SystemId>> result = new HashMap<>();
        protections.forEach(p -> result.put(p.unit(), covered(p, day)));
        return result;
    }

    /** The contract's declared systems while the contract is in force; nothing otherwise. */
    MonitoringCoverage DECLARED = (protection, day) -> protection.monitoringContract()
            .filter(c -> c.inForce(day)).map(MonitoringContract::declaredSystems).orElse(Set.of());
}
