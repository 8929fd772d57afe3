package vn.gov.moh.soc.portal.application;

import java.util.List;
import vn.gov.moh.soc.portal.domain.model.coverage.CoverageFigure;
import vn.gov.moh.soc.portal.domain.model.coverage.SystemCoverage;
import vn.gov.moh.soc.portal.domain.model.unit.Unit;

/** A unit's own systems with their coverage. */
public record UnitCoverage(Unit unit, List<SystemCoverage> systems) {
    public UnitCoverage {
        systems = List.copyOf(systems);
    }

    public CoverageFigure figure() {
        return CoverageFigure.of(systems);
    }
}
