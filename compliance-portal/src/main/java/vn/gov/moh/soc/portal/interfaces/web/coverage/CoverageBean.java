package vn.gov.moh.soc.portal.interfaces.web.coverage;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.stream.Collectors;
import vn.gov.moh.soc.portal.application.CoverageService;
import vn.gov.moh.soc.portal.application.SectorCoverage;
import vn.gov.moh.soc.portal.domain.model.unit.UnitId;
import vn.gov.moh.soc.portal.interfaces.web.coverage.CoverageRows.HostRow;
import vn.gov.moh.soc.portal.interfaces.web.coverage.CoverageRows.UnitRow;
import vn.gov.moh.soc.portal.interfaces.web.security.BrowserCaller;

/**
 * The coverage page: every unit the user may read with its systems, computed once per request
 * (the page only reads; a reload shows the newest heartbeats).
 */
@Named("coverage")
@RequestScoped
public class CoverageBean {
    @Inject
    CoverageService service;
    @Inject
    BrowserCaller me;

    private SectorCoverage sector;
    private List<UnitRow> units;
    private List<HostRow> unmatched;

    @PostConstruct
    void load() {
        sector = service.sector(me.caller());
        units = sector.units().stream().map(CoverageRows::unit).toList();
        unmatched = sector.unmatched().stream()
                .map(h -> CoverageRows.agent(h.unit() == null ? "" : h.unit(), h.hostName(), false, h)).toList();
    }

    public List<UnitRow> getUnits() {
        return units;
    }

    public List<HostRow> getUnmatched() {
        return unmatched;
    }

    public int getDataCenterPercent() {
        return sector.dataCenter().percent();
    }

    public int getDataCenterMonitored() {
        return sector.dataCenter().monitored();
    }

    public int getDataCenterSystems() {
        return sector.dataCenter().systems();
    }

    /** The units the data center's figure is drawn from, or empty for the whole sector. */
    public String getDataCenterUnits() {
        return sector.dataCenterUnits().stream().map(UnitId::value).sorted().collect(Collectors.joining(", "));
    }

    public String getRule() {
        return sector.assessment().rule().name();
    }

    public long getWindowMinutes() {
        return sector.assessment().window().toMinutes();
    }

    public String getAt() {
        return CoverageRows.time(sector.at());
    }
}
