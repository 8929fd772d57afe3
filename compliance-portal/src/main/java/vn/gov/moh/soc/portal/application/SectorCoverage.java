package vn.gov.moh.soc.portal.application;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import vn.gov.moh.soc.portal.domain.model.coverage.AgentHeartbeat;
import vn.gov.moh.soc.portal.domain.model.coverage.CoverageAssessment;
import vn.gov.moh.soc.portal.domain.model.coverage.CoverageFigure;
import vn.gov.moh.soc.portal.domain.model.unit.UnitId;

/**
 * The coverage of every unit the caller may read, at an instant.
 *
 * @param dataCenter      the Ministry's figure: how many of the data center's systems (those of
 *                        {@code dataCenterUnits} and the units below them, among the readable ones)
 *                        are monitored
 * @param dataCenterUnits the units that figure is drawn from; empty for the whole sector
 * @param unmatched       heartbeats of the readable units' agents that stand for no declared host
 *                        (a host missing from the inventory, or a misnamed one)
 */
public record SectorCoverage(Instant at, CoverageAssessment assessment, List<UnitCoverage> units, CoverageFigure dataCenter,
                             Set<UnitId> dataCenterUnits, List<AgentHeartbeat> unmatched) {
    public SectorCoverage {
        units = List.copyOf(units);
        dataCenterUnits = Set.copyOf(dataCenterUnits);
        unmatched = List.copyOf(unmatched);
    }
}
