package vn.gov.moh.soc.core.asset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssetInventoryFileTest {
    @TempDir
    Path dir;

    private static final String GOOD = """
            assets:
              - id: bv-bach-mai-his
                unit: bv-bach-mai
                system: { id: bv-bach-mai-his, name: "Hệ thống thông tin bệnh viện", level: 3 }
                criticality: critical
                hosts: [his-web-01]
                ranges: [10.10.1.8/29]
              - id: bv-bach-mai-office
                unit: bv-bach-mai
                system: { id: bv-bach-mai-office, name: "Mạng máy trạm", level: 2 }
                criticality: medium
                ranges: [10.10.16.0/20, "2001:db8:a::/48"]
            """;

    private Path write(String yaml) throws Exception {
        Path f = dir.resolve("assets.yml");
        Files.writeString(f, yaml);
        return f;
    }

    @Test
    void anInventoryFileIsLoadedEntryByEntry() throws Exception {
        var assets = AssetInventoryFile.load(write(GOOD));

        assertThat(assets).extracting(Asset::id).containsExactly("bv-bach-mai-his", "bv-bach-mai-office");
        assertThat(assets.get(1).ranges()).hasSize(2);
        assertThat(assets.get(0).systemName()).isEqualTo("Hệ thống thông tin bệnh viện");
    }

    @Test
    void anErrorNamesTheFileTheEntryAndTheField() throws Exception {
        Path f = write(GOOD.replace("level: 2", "level: 0"));

        assertThatThrownBy(() -> AssetInventoryFile.load(f))
                .hasMessage(f + ": entry 2 (bv-bach-mai-office): field 'system.level': a Decree 85 security level is 1 to 5, not 0");
    }

    @Test
    void anUnknownFieldIsATypoInAFile() throws Exception {
        Path f = write(GOOD.replace("criticality: medium", "criticallity: medium"));

        assertThatThrownBy(() -> AssetInventoryFile.load(f))
                .hasMessageContaining("entry 2 (bv-bach-mai-office): field 'criticallity': unknown");
    }

    @Test
    void aDuplicateIdOrKeyIsRefused() throws Exception {
        Path dup = write(GOOD.replace("id: bv-bach-mai-office\n", "id: bv-bach-mai-his\n"));
        assertThatThrownBy(() -> AssetInventoryFile.load(dup))
                .hasMessageContaining("entry 2 (bv-bach-mai-his): field 'id': 'bv-bach-mai-his' is used by an earlier entry");

        Path key = write(GOOD.replace("    criticality: critical\n", "    criticality: critical\n    criticality: low\n"));
        assertThatThrownBy(() -> AssetInventoryFile.load(key)).hasMessageContaining("not valid YAML")
                .hasMessageContaining("criticality");
    }

    @Test
    void aFileWithoutAnAssetsListIsRefused() throws Exception {
        Path f = write("- id: x\n");

        assertThatThrownBy(() -> AssetInventoryFile.load(f)).hasMessage(f + ": must be a mapping with an 'assets' list");
    }

    @Test
    void theDemoInventoryLoads() throws Exception {
        assertThat(AssetInventoryFile.demo()).hasSize(14)
                .extracting(Asset::unitId).containsOnly("bv-bach-mai", "syt-ha-noi");
    }
}
