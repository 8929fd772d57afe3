package vn.gov.moh.soc.portal.domain.model.protection;

import java.time.LocalDate;
import java.util.Set;
import vn.gov.moh.soc.portal.domain.model.system.SystemId;

/**
 * Which of a unit's systems layer 2 actually covers on a day. Today that is what the contract
 * declares ({@link #DECLARED}); a later implementation answers from the SOC agents' heartbeats
 * (a system counts once its hosts report), and the portal picks it without other change.
 */
public interface MonitoringCoverage {
    Set<SystemId> covered(UnitProtection protection, LocalDate day);

    /** The contract's declared systems while the contract is in force; nothing otherwise. */
    MonitoringCoverage DECLARED = (protection, day) -> protection.monitoringContract()
            .filter(c -> c.inForce(day)).map(MonitoringContract::declaredSystems).orElse(Set.of());
}
