package vn.gov.moh.soc.stack.part;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.gov.moh.soc.core.asset.Asset;
import vn.gov.moh.soc.core.asset.AssetInventory;
import vn.gov.moh.soc.core.asset.AssetInventoryFile;

/** The portal's demo systems against soc-core's demo inventory, which the demo agent's logs are enriched with. */
class PortalDemoSystemsTest {
    private static final Set<String> INVENTORY_UNITS = Set.of("bv-bach-mai", "syt-ha-noi");

    @Test
    void everyHostAndAddressOfTheLoggedUnitsMapsToAnAssetOfTheSameUnit() throws Exception {
        AssetInventory inventory = AssetInventory.of(AssetInventoryFile.demo());
        List<String> unmapped = new ArrayList<>();
        Set<String> hisAssets = new HashSet<>();
        for (JsonNode system : PortalPart.demoSystems()) {
            String owner = system.path("owner").asText();
            if (!INVENTORY_UNITS.contains(owner)) {
                continue;
            }
            for (JsonNode component : system.path("components")) {
                for (JsonNode host : component.path("hostNames")) {
                    Optional<Asset> asset = inventory.resolve(owner, host.asText(), List.of());
                    if (asset.isEmpty()) {
                        // Hosts the inventory does not list by name still map by address.
                        asset = inventory.resolve(owner, null, addresses(component));
                    }
                    check(asset, owner, system, host.asText(), unmapped);
                }
                for (JsonNode address : component.path("addresses")) {
                    String text = address.asText().replaceAll("/\\d+$", "");
                    Optional<Asset> asset = inventory.resolve(owner, null, List.of(text));
                    check(asset, owner, system, text, unmapped);
                    if (system.path("name").asText().contains("(HIS)")) {
                        asset.ifPresent(a -> hisAssets.add(a.id()));
                    }
                }
            }
        }
        assertThat(unmapped).isEmpty();
        assertThat(hisAssets).as("the HIS of both units map to the inventory's HIS").containsExactlyInAnyOrder(
                "bv-bach-mai-his", "syt-ha-noi-his");
    }

    /**
     * With the portal wired to the stack it publishes the assets and the job's demo inventory is not
     * loaded: every host name and every range-only asset of that inventory must then be one of the
     * portal's demo systems, of the same unit, or the demo agent's logs would lose their enrichment.
     */
    @Test
    void everyAssetOfTheDemoInventoryIsADemoSystemOfTheSameUnit() throws Exception {
        Set<String> portalHosts = new HashSet<>();
        Set<String> portalAddresses = new HashSet<>();
        for (JsonNode system : PortalPart.demoSystems()) {
            String owner = system.path("owner").asText();
            for (JsonNode component : system.path("components")) {
                component.path("hostNames").forEach(h -> portalHosts.add(owner + " " + h.asText().toLowerCase(java.util.Locale.ROOT)));
                component.path("addresses").forEach(a -> portalAddresses.add(owner + " " + a.asText()));
            }
        }
        List<String> missing = new ArrayList<>();
        for (Asset asset : AssetInventoryFile.demo()) {
            asset.hostNames().stream().map(h -> asset.unitId() + " " + h.toLowerCase(java.util.Locale.ROOT))
                    .filter(h -> !portalHosts.contains(h)).forEach(h -> missing.add(asset.id() + ": host " + h));
            if (asset.hostNames().isEmpty()) {
                asset.ranges().stream().map(r -> asset.unitId() + " " + r.toCanonicalString())
                        .filter(r -> !portalAddresses.contains(r)).forEach(r -> missing.add(asset.id() + ": range " + r));
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void theDemoCoversTwoHospitalsAndADepartmentOfHealthWithTheirUsualSystems() {
        Set<String> owners = new HashSet<>();
        List<String> names = new ArrayList<>();
        boolean onlinePublicService = false;
        for (JsonNode system : PortalPart.demoSystems()) {
            owners.add(system.path("owner").asText());
            names.add(system.path("name").asText());
            onlinePublicService |= system.path("profile").path("onlineService").asText().equals("FULL");
        }
        assertThat(owners).containsExactlyInAnyOrder("bv-bach-mai", "bv-xanh-pon", "syt-ha-noi");
        assertThat(String.join("\n", names)).contains("(HIS)", "(PACS)", "(LIS)", "(EMR)", "báo cáo", "dịch vụ công");
        assertThat(onlinePublicService).isTrue();
        for (DemoUser officerUnit : List.of(DemoUser.OFFICER_BACH_MAI, DemoUser.OFFICER_XANH_PON, DemoUser.OFFICER_HA_NOI)) {
            assertThat(owners).contains(officerUnit.unit());
        }
    }

    private static List<String> addresses(JsonNode component) {
        List<String> all = new ArrayList<>();
        component.path("addresses").forEach(a -> all.add(a.asText().replaceAll("/\\d+$", "")));
        return all;
    }

    private static void check(Optional<Asset> asset, String owner, JsonNode system, String what, List<String> unmapped) {
        if (asset.isEmpty() || !asset.get().unitId().equals(owner)) {
            unmapped.add(system.path("name").asText() + " of " + owner + ": " + what + " -> " + asset.map(Asset::id).orElse("nothing"));
        }
    }
}
