package vn.gov.moh.soc.portal.domain.model.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gov.moh.soc.portal.domain.model.coverage.AgentHeartbeat.Counters;
import vn.gov.moh.soc.portal.domain.model.system.ClassificationProfile;
import vn.gov.moh.soc.portal.domain.model.system.InformationSystem;
import vn.gov.moh.soc.portal.domain.model.system.NetworkAddress;
import vn.gov.moh.soc.portal.domain.model.system.SystemComponent;
import vn.gov.moh.soc.portal.domain.model.system.SystemId;
import vn.gov.moh.soc.portal.domain.model.unit.UnitId;

/** Which declared host a heartbeat stands for, and when a system counts as monitored. */
class CoverageAssessmentTest {
    private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");
    private static final CoverageAssessment ALL = new CoverageAssessment(Duration.ofMinutes(15), CoverageRule.ALL_HOSTS);
    private static final CoverageAssessment ANY = new CoverageAssessment(Duration.ofMinutes(15), CoverageRule.ANY_HOST);

    private static InformationSystem system(String owner, SystemComponent... components) {
        return new InformationSystem(new SystemId(7), "HIS", UnitId.of(owner), "Phòng CNTT", "Khám chữa bệnh",
                ClassificationProfile.internalPublic(), List.of(components));
    }

    private static SystemComponent named(String name, String... hosts) {
        return new SystemComponent(name, List.of(hosts), List.of(NetworkAddress.parse("10.10.1.0/24")), null);
    }

    private static SystemComponent addressed(String name, String... addresses) {
        return new SystemComponent(name, List.of(), List.of(addresses).stream().map(NetworkAddress::parse).toList(), null);
    }

    private static AgentHeartbeat beat(String agent, String unit, String host, Duration ago) {
        return new AgentHeartbeat(agent, unit, host, "1.0", null, NOW.minus(ago), 10, 20, false, true,
                new Counters(1, 1, 0, 0), List.of(), "soc.agent.heartbeat/0/" + agent.length());
    }

    private static SystemCoverage assess(CoverageAssessment a, InformationSystem s, AgentHeartbeat... beats) {
        return a.assess(s, new HeartbeatIndex(List.of(beats)), NOW);
    }

    @Test
    void aSystemIsMonitoredWhenEveryDeclaredHostShippedWithinTheWindow() {
        InformationSystem his = system("bv-bach-mai", named("web", "his-web-01.bvbachmai.vn", "his-web-02.bvbachmai.vn"),
                named("db", "his-db-01.bvbachmai.vn"));

        SystemCoverage all = assess(ALL, his, beat("a1", "bv-bach-mai", "his-web-01.bvbachmai.vn", Duration.ofMinutes(1)),
                beat("a2", "bv-bach-mai", "HIS-WEB-02.bvbachmai.vn.", Duration.ofMinutes(14)),
                beat("a3", "bv-bach-mai", "his-db-01.bvbachmai.vn", Duration.ofMinutes(15)));
        SystemCoverage oneStale = assess(ALL, his, beat("a1", "bv-bach-mai", "his-web-01.bvbachmai.vn", Duration.ofMinutes(1)),
                beat("a2", "bv-bach-mai", "his-web-02.bvbachmai.vn", Duration.ofMinutes(1)),
                beat("a3", "bv-bach-mai", "his-db-01.bvbachmai.vn", Duration.ofMinutes(15).plusSeconds(1)));

        assertThat(all.monitored()).as("names compare case-insensitively, the final dot ignored; the window's edge counts").isTrue();
        assertThat(all.shippingHosts()).isEqualTo(3);
        assertThat(oneStale.monitored()).isFalse();
        assertThat(oneStale.notShipping()).extracting(h -> h.host().label()).containsExactly("his-db-01.bvbachmai.vn");
        assertThat(oneStale.notShipping().get(0).latest()).as("the stale heartbeat is still shown").isPresent();
        assertThat(assess(ANY, his, beat("a1", "bv-bach-mai", "his-web-01.bvbachmai.vn", Duration.ofMinutes(1))).monitored())
                .as("at least one host under any-host").isTrue();
        assertThat(assess(ANY, his, beat("a1", "bv-bach-mai", "his-web-01.bvbachmai.vn", Duration.ofHours(1))).monitored()).isFalse();
    }

    @Test
    void aShortHostNameStandsForTheQualifiedOneOnlyForTheAgentsOwnUnit() {
        InformationSystem bachMai = system("bv-bach-mai", named("web", "his-web-01.bvbachmai.vn"));
        InformationSystem hanoi = system("syt-ha-noi", named("web", "his-web-01.soytehanoi.vn"));
        AgentHeartbeat bachMaiAgent = beat("a1", "bv-bach-mai", "his-web-01", Duration.ofMinutes(1));

        assertThat(assess(ALL, bachMai, bachMaiAgent).monitored()).isTrue();
        assertThat(assess(ALL, hanoi, bachMaiAgent).monitored()).as("his-web-01 of another unit").isFalse();
        assertThat(assess(ALL, bachMai, beat("a2", "bv-bach-mai", "his-web-01.other.vn", Duration.ofMinutes(1))).monitored())
                .as("a different domain is a different host").isFalse();
    }

    @Test
    void aShortAndAQualifiedNameOfOneComponentAreOneMachine() {
        InformationSystem his = system("bv-bach-mai", named("web", "his-web-01", "HIS-WEB-01.bvbachmai.vn", "his-web-02.bvbachmai.vn"));

        SystemCoverage c = assess(ALL, his, beat("a1", "bv-bach-mai", "his-web-01", Duration.ofMinutes(1)),
                beat("a2", "bv-bach-mai", "his-web-02.bvbachmai.vn", Duration.ofMinutes(1)));

        assertThat(c.hosts()).extracting(h -> h.host().label()).containsExactly("his-web-01.bvbachmai.vn", "his-web-02.bvbachmai.vn");
        assertThat(c.hosts().get(0).host().names()).containsExactly("his-web-01.bvbachmai.vn", "his-web-01");
        assertThat(c.monitored()).isTrue();
        assertThat(assess(ALL, his, beat("a1", "syt-ha-noi", "his-web-01", Duration.ofMinutes(1)),
                beat("a2", "bv-bach-mai", "his-web-02.bvbachmai.vn", Duration.ofMinutes(1))).notShipping())
                .as("a declared short name identifies a host within its unit only").extracting(h -> h.host().label())
                .containsExactly("his-web-01.bvbachmai.vn");
    }

    @Test
    void aComponentWithoutHostNamesIsWatchedByItsAddressesIpv4AndIpv6() {
        InformationSystem pacs = system("bv-bach-mai", addressed("pacs", "10.10.1.17", "2001:db8:a:1::/64", "10.10.3.10-20"));

        SystemCoverage c = assess(ALL, pacs, beat("a1", "x", "10.10.1.17", Duration.ofMinutes(1)),
                beat("a2", "x", "2001:DB8:A:1:0::5", Duration.ofMinutes(1)), beat("a3", "x", "10.10.3.15", Duration.ofMinutes(1)));
        SystemCoverage outside = assess(ALL, pacs, beat("a1", "x", "10.10.1.17", Duration.ofMinutes(1)),
                beat("a2", "x", "2001:db8:a:2::5", Duration.ofMinutes(1)), beat("a3", "x", "10.10.3.21", Duration.ofMinutes(1)));

        assertThat(c.hosts()).extracting(h -> h.host().label()).containsExactly("10.10.1.17", "2001:db8:a:1::/64", "10.10.3.10-20");
        assertThat(c.monitored()).isTrue();
        assertThat(outside.notShipping()).extracting(h -> h.host().label()).containsExactly("2001:db8:a:1::/64", "10.10.3.10-20");
    }

    @Test
    void theNewestOfSeveralAgentsOnOneHostCounts() {
        InformationSystem his = system("bv-bach-mai", named("web", "his-web-01.bvbachmai.vn"));
        SystemCoverage c = assess(ALL, his, beat("old", "bv-bach-mai", "his-web-01.bvbachmai.vn", Duration.ofHours(2)),
                beat("new", "bv-bach-mai", "his-web-01.bvbachmai.vn", Duration.ofMinutes(2)));

        assertThat(c.hosts().get(0).latest().orElseThrow().agentId()).isEqualTo("new");
        assertThat(c.monitored()).isTrue();
    }

    @Test
    void aSystemWithoutHostsIsNeverMonitoredAndTheFigureRoundsDown() {
        InformationSystem empty = system("bv-bach-mai");
        SystemCoverage none = assess(ANY, empty);
        assertThat(none.hosts()).isEmpty();
        assertThat(none.monitored()).isFalse();

        InformationSystem his = system("bv-bach-mai", named("web", "his-web-01.bvbachmai.vn"));
        SystemCoverage monitored = assess(ALL, his, beat("a", "bv-bach-mai", "his-web-01.bvbachmai.vn", Duration.ZERO));
        List<SystemCoverage> set = new java.util.ArrayList<>();
        for (int i = 0; i < 199; i++) {
            set.add(monitored);
        }
        set.add(none);
        assertThat(CoverageFigure.of(set).percent()).as("199 of 200 is not the target").isEqualTo(99);
        assertThat(CoverageFigure.of(set).complete()).isFalse();
        assertThat(CoverageFigure.of(List.of(monitored)).complete()).isTrue();
        assertThat(CoverageFigure.of(List.of()).percent()).isZero();
        assertThat(CoverageFigure.of(List.of()).complete()).as("no systems is not 100% monitored").isFalse();
    }

    @Test
    void theWindowIsPositive() {
        assertThatThrownBy(() -> new CoverageAssessment(Duration.ZERO, CoverageRule.ALL_HOSTS)).isInstanceOf(IllegalArgumentException.class);
    }
}
