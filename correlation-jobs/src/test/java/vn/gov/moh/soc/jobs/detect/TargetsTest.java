package vn.gov.moh.soc.jobs.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gov.moh.soc.core.event.Event;

class TargetsTest {

    @Test
    void anEventsTargetIsItsUnitHostAndTheAddressItWasAimedAt() {
        Event firewall = new Event().put("organization.id", "bv-bach-mai").put("host.name", "fw-01")
                .put("host.ip", List.of("10.10.0.1")).put("destination.ip", "10.10.1.9").put("source.ip", "203.0.113.1");
        Event sshd = new Event().put("organization.id", "bv-bach-mai").put("host.name", "his-app-01")
                .put("host.ip", List.of("10.10.1.11", "fe80::1"));
        Event nothing = new Event().put("organization.id", "bv-bach-mai").put("source.ip", "203.0.113.1");

        Event alert = new Event();
        Targets.addTo(alert, List.of(Targets.of(firewall), Targets.of(sshd)));

        assertThat(alert.get("organization.id")).isEqualTo("bv-bach-mai");
        assertThat(alert.get("host.name")).isEqualTo(List.of("fw-01", "his-app-01"));
        assertThat(alert.get("host.ip")).as("destination first, else the host's first address")
                .isEqualTo(List.of("10.10.1.9", "10.10.1.11"));
        assertThat(Targets.of(nothing)).isNull();
    }

    @Test
    void fieldsTheGroupAlreadySetAreKept() {
        Event alert = new Event().put("host.name", "grouped-host");
        Targets.addTo(alert, List.of(Targets.of(new Event().put("host.name", "other").put("organization.id", "u"))));

        assertThat(alert.get("host.name")).isEqualTo("grouped-host");
        assertThat(alert.get("organization.id")).isEqualTo("u");
        assertThat(alert.has("host.ip")).isFalse();
    }

    @Test
    void onlyTargetsSeenSinceTheWindowStartAreNamedInOrder() {
        Map<String, Long> seen = Map.of("b", 20L, "a", 30L, "old", 5L);
        assertThat(Targets.since(seen.entrySet(), 10)).containsExactly("a", "b");
    }
}
