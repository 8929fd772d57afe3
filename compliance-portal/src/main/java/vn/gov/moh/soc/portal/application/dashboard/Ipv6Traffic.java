package vn.gov.moh.soc.portal.application.dashboard;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import vn.gov.moh.soc.portal.domain.model.unit.UnitId;

/** The indexed events counted by address family: where the IPv6 figures come from (Elasticsearch). */
public interface Ipv6Traffic {
    /**
     * Events with a source or destination address in [from, to), per month (in Vietnam's time),
     * unit and system, of the given units (null: all), each month also counted from {@code recentFrom}
     * on (the dual-stack check's window, to the instant, not to the month).
     */
    List<Count> monthly(Set<UnitId> units, Instant from, Instant to, Instant recentFrom);

    /**
     * One month's events of a unit's system by family. An event counts as IPv6 when its source or
     * destination address is IPv6 (IPv4-mapped addresses are IPv4), otherwise as IPv4.
     *
     * @param system the portal's system id as the events carry it ({@code soc.system.id}); null for
     *               events the enrichment matched to no system
     * @param recentIpv4 of {@code ipv4}, those at or after the request's {@code recentFrom}
     * @param recentIpv6 of {@code ipv6}, those at or after the request's {@code recentFrom}
     */
    record Count(YearMonth month, UnitId unit, String system, long ipv4, long ipv6, long recentIpv4, long recentIpv6) {
        public Count {
            Objects.requireNonNull(month, "month");
            Objects.requireNonNull(unit, "unit");
            if (ipv4 < 0 || ipv6 < 0 || recentIpv4 < 0 || recentIpv6 < 0 || recentIpv4 > ipv4 || recentIpv6 > ipv6) {
                throw new IllegalArgumentException("counts " + ipv4 + "/" + ipv6 + ", recent " + recentIpv4 + "/" + recentIpv6);
            }
        }

        public long total() {
            return ipv4 + ipv6;
        }

        /** The IPv6 share in whole percent, rounded down (0 without events). */
        public int ipv6Percent() {
            return total() == 0 ? 0 : (int) (100L * ipv6 / total());
        }
    }
}
