package vn.gov.moh.soc.stack.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StackConfigTest {
    @TempDir
    Path dir;

    @Test
    void defaultsGiveTheDocumentedPortsAndAStateFolderInTheBaseDirectory() {
        StackConfig config = StackConfig.load(dir.resolve("absent.conf"), Map.of(), dir);

        assertThat(config.port(Setting.KAFKA_PORT)).isEqualTo(9092);
        assertThat(config.port(Setting.ELASTICSEARCH_PORT)).isEqualTo(9200);
        assertThat(config.port(Setting.KEYCLOAK_PORT)).isEqualTo(8180);
        assertThat(config.stateDir()).isEqualTo(dir.resolve(".soc").toAbsolutePath());
        assertThat(config.origin(Setting.KAFKA_PORT)).isEqualTo("default");
    }

    @Test
    void theEnvironmentOverridesTheFileWhichOverridesDefaults() throws Exception {
        Path file = Files.writeString(dir.resolve("soc.conf"), "kafka.port=19092\nelasticsearch.heap=2g\n");

        StackConfig config = StackConfig.load(file, Map.of("SOC_KAFKA_PORT", "29092", "PATH", "/usr/bin"), dir);

        assertThat(config.port(Setting.KAFKA_PORT)).isEqualTo(29092);
        assertThat(config.origin(Setting.KAFKA_PORT)).isEqualTo("environment variable SOC_KAFKA_PORT");
        assertThat(config.get(Setting.ELASTICSEARCH_HEAP)).isEqualTo("2g");
        assertThat(config.origin(Setting.ELASTICSEARCH_HEAP)).isEqualTo(file.toString());
    }

    @Test
    void anUnknownKeyInTheFileIsNamed() throws Exception {
        Path file = Files.writeString(dir.resolve("soc.conf"), "kafka.prot=9092\n");

        assertThatThrownBy(() -> StackConfig.load(file, Map.of(), dir))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("unknown setting 'kafka.prot'")
                .hasMessageContaining(file.toString());
    }

    @Test
    void anUnknownSocVariableIsNamed() {
        assertThatThrownBy(() -> StackConfig.load(null, Map.of("SOC_KAFKA_PROT", "1"), dir))
                .hasMessageContaining("SOC_KAFKA_PROT");
    }

    @Test
    void wrongValuesAreNamedWithWhatWasExpected() {
        assertThatThrownBy(() -> StackConfig.load(null, Map.of("SOC_KEYCLOAK_PORT", "80", "SOC_KAFKA_HEAP", "lots"), dir))
                .hasMessageContaining("'keycloak.port'")
                .hasMessageContaining("from 1024 to 65535, got '80'")
                .hasMessageContaining("'kafka.heap'")
                .hasMessageContaining("got 'lots'");
    }

    @Test
    void twoPartsOnOnePortAreRefused() {
        assertThatThrownBy(() -> StackConfig.builder().set(Setting.KEYCLOAK_PORT, "9200").build())
                .hasMessageContaining("'elasticsearch.port' and 'keycloak.port' both use port 9200");
    }

    @Test
    void aNamespaceThatCouldNotNameAnIndexIsRefused() {
        assertThatThrownBy(() -> StackConfig.builder().set(Setting.NAMESPACE, "Prod").build())
                .hasMessageContaining("'namespace'");
    }

    @Test
    void theAssetInventoryIsThePortalsByDefaultAndARelativeFileIsTakenFromTheBaseFolder() throws Exception {
        assertThat(StackConfig.load(dir.resolve("absent.conf"), Map.of(), dir).get(Setting.ASSETS_INVENTORY)).isEqualTo("portal");

        StackConfig config = StackConfig.load(dir.resolve("absent.conf"), Map.of("SOC_ASSETS_INVENTORY", "conf/assets.yml"), dir);

        assertThat(config.path(Setting.ASSETS_INVENTORY)).isEqualTo(dir.resolve("conf/assets.yml").toAbsolutePath());
    }
}
