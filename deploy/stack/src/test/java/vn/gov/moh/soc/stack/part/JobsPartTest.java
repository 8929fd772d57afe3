package vn.gov.moh.soc.stack.part;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gov.moh.soc.stack.StackException;
import vn.gov.moh.soc.stack.config.Setting;
import vn.gov.moh.soc.stack.config.StackConfig;

/** Which inventory the job publishes for each value of {@code assets.inventory}. */
class JobsPartTest {
    @TempDir
    Path dir;

    private String inventory(String value) {
        StackConfig config = StackConfig.builder().set(Setting.STATE_DIR, dir.resolve("state").toString())
                .set(Setting.ASSETS_INVENTORY, value).build();
        return new JobsPart(config, Distributions.ofThisBuild()).inventory();
    }

    @Test
    void thePortalOwnsTheInventoryByDefaultAndTheJobThenPublishesNoneOfItsOwn() {
        StackConfig defaults = StackConfig.builder().set(Setting.STATE_DIR, dir.resolve("state").toString()).build();
        assertThat(new JobsPart(defaults, Distributions.ofThisBuild()).inventory()).isEqualTo("none");
        assertThat(inventory("portal")).isEqualTo("none");
    }

    @Test
    void theDemoOrAFileStayAvailableForAStackWithoutThePortal() throws Exception {
        assertThat(inventory("demo")).isEqualTo("demo");
        Path file = Files.writeString(dir.resolve("assets.yml"), "assets: []\n");
        assertThat(inventory(file.toString())).isEqualTo(file.toString());
        assertThatThrownBy(() -> inventory(dir.resolve("nope.yml").toString())).isInstanceOf(StackException.class)
                .hasMessageContaining("assets.inventory").hasMessageContaining("'portal', 'demo'");
    }
}
