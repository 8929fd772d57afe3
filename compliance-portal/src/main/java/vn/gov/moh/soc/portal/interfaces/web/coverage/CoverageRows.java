package vn.gov.moh.soc.portal.interfaces.web.coverage;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import vn.gov.moh.soc.portal.application.LocalDay;
import vn.gov.moh.soc.portal.application.UnitCoverage;
import vn.gov.moh.soc.portal.domain.model.coverage.AgentHeartbeat;
import vn.gov.moh.soc.portal.domain.model.coverage.HostCoverage;
import vn.gov.moh.soc.portal.domain.model.coverage.SystemCoverage;

/** The page's rows: plain values for EL, times in Vietnam's time zone. */
public final class CoverageRows {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(LocalDay.VIETNAM);

    private CoverageRows() {
    }

    /** A unit with its figure and systems. */
    public record UnitRow(String id, String name, int monitored, int systems, int percent, List<SystemRow> rows) {
        public String getId() {
            return id;
        }

        public String getName() {
            return name;
        }

        public int getMonitored() {
            return monitored;
        }

        public int getSystems() {
            return systems;
        }

        public int getPercent() {
            return percent;
        }

        public List<SystemRow> getRows() {
            return rows;
        }
    }

    /** A system: monitored or not, its hosts shipping and not seen. */
    public record SystemRow(long id, String name, boolean monitored, int declared, long shipping, String notSeen, List<HostRow> hosts) {
        public long getId() {
            return id;
        }

        public String getName() {
            return name;
        }

        public boolean isMonitored() {
            return monitored;
        }

        public boolean isNoHosts() {
            return declared == 0;
        }

        public int getDeclared() {
            return declared;
        }

        public long getShipping() {
            return shipping;
        }

        public String getNotSeen() {
            return notSeen;
        }

        public List<HostRow> getHosts() {
            return hosts;
        }
    }

    /** A declared host, or an agent, with its newest heartbeat (empty texts when none). */
    public record HostRow(String component, String host, boolean shipping, String lastSeen, String agent, String version,
                          String lag, String spool, boolean spoolFull, boolean kafkaConnected, boolean seen) {
        public String getComponent() {
            return component;
        }

        public String getHost() {
            return host;
        }

        public boolean isShipping() {
            return shipping;
        }

        public String getLastSeen() {
            return lastSeen;
        }

        public String getAgent() {
            return agent;
        }

        public String getVersion() {
            return version;
        }

        public String getLag() {
            return lag;
        }

        public String getSpool() {
            return spool;
        }

        public boolean isSpoolFull() {
            return spoolFull;
        }

        public boolean isKafkaConnected() {
            return kafkaConnected;
        }

        public boolean isSeen() {
            return seen;
        }
    }

    static UnitRow unit(UnitCoverage u) {
        return new UnitRow(u.unit().id().value(), u.unit().name(), u.figure().monitored(), u.figure().systems(), u.figure().percent(),
                u.systems().stream().map(CoverageRows::system).toList());
    }

    static SystemRow system(SystemCoverage s) {
        return new SystemRow(s.system().id().value(), s.system().name(), s.monitored(), s.hosts().size(), s.shippingHosts(),
                s.notShipping().stream().map(h -> h.host().label()).collect(Collectors.joining(", ")),
                s.hosts().stream().map(CoverageRows::host).toList());
    }

    static HostRow host(HostCoverage h) {
        return h.latest().map(b -> agent(h.host().component(), h.host().label(), h.shipping(), b))
                .orElse(new HostRow(h.host().component(), h.host().label(), false, "", "", "", "", "", false, false, false));
    }

    static HostRow agent(String component, String host, boolean shipping, AgentHeartbeat b) {
        return new HostRow(component, host, shipping, time(b.seenAt()), b.agentId(), b.agentVersion() == null ? "" : b.agentVersion(),
                String.format("%,d", b.lagBytes()), String.format("%,d", b.spoolBytes()), b.spoolFull(), b.kafkaConnected(), true);
    }

    static String time(Instant t) {
        return TIME.format(t);
    }
}
