package vn.gov.moh.soc.portal.domain.model.protection;

import vn.gov.moh.soc.portal.domain.shared.Text;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import vn.gov.moh.soc.portal.domain.model.system.SystemId;

/**
 * Layer 2: the organization that monitors and protects the unit's systems, under which contract,
 * for which period, and the systems the contract declares covered.
 *
 * @param until null for an open-ended service (e.g. the Ministry's own SOC)
 */
public record MonitoringContract(String provider, String contractReference, LocalDate from, LocalDate until,
                                 Set<SystemId> declaredSystems) {
    public MonitoringContract {
        provider = Text.required(provider, "the provider", 300);
        contractReference = Text.optional(contractReference, "the contract reference", 200);
        Objects.requireNonNull(from, "the contract's start is required");
        if (until != null && until.isBefore(from)) {
            throw new IllegalArgumentException("the contract ends (" + until + ") before it starts (" + from + ")");
        }
        declaredSystems = declaredSystems == null ? Set.of() : Set.copyOf(declaredSystems);
    }

    public boolean inForce(LocalDate day) {
        return !day.isBefore(from) && (until == null || !day.isAfter(until));
    }
}
