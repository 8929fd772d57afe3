package vn.gov.moh.soc.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gov.moh.soc.core.asset.AssetInventoryFile;

/** The launcher's own option, {@code --assets.inventory}: checked before anything waits or starts. */
class LocalCorrelationJobTest {
    @TempDir
    Path dir;

    @Test
    void demoIsSocCoresDemoInventory() throws Exception {
        assertThat(LocalCorrelationJob.inventory("demo")).isEqualTo(AssetInventoryFile.demo());
    }

    @Test
    void noneIsAnEmptyInventoryThatLeavesTheTopicToThePortal() throws Exception {
        assertThat(LocalCorrelationJob.inventory("none")).isEmpty();
    }

    @Test
    void aMissingFileIsNamedWithTheOption() {
        assertThatThrownBy(() -> LocalCorrelationJob.inventory(dir.resolve("nope.yml").toString()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("assets.inventory").hasMessageContaining("nope.yml").hasMessageContaining("'demo'");
    }

    @Test
    void aBadFileFailsWithTheInventoryFilesMessage() throws Exception {
        Path file = Files.writeString(dir.resolve("assets.yml"), "assets:\n  - id: x\n");
        assertThatThrownBy(() -> LocalCorrelationJob.inventory(file.toString())).hasMessageContaining("assets.yml");
    }
}
