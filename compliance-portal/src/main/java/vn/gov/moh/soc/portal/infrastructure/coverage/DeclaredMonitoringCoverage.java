package vn.gov.moh.soc.portal.infrastructure.coverage;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Set;
import vn.gov.moh.soc.portal.domain.model.protection.MonitoringCoverage;
import vn.gov.moh.soc.portal.domain.model.protection.UnitProtection;
import vn.gov.moh.soc.portal.domain.model.system.SystemId;

/**
 * Layer 2's coverage as the contract declares it. The heartbeat-based coverage replaces this bean
 * (as a CDI {@code @Alternative} with a priority) without touching the services.
 */
@ApplicationScoped
public class DeclaredMonitoringCoverage implements MonitoringCoverage {
    @Override
    public Set<SystemId> covered(UnitProtection protection, LocalDate day) {
        return DECLARED.covered(protection, day);
    }
}
