package vn.gov.moh.soc.portal.infrastructure.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** When the portal publishes, and why not. */
class PipelineSettingsTest {
    private static PipelineSettings settings(String bootstrap, String namespace) {
        PipelineSettings s = new PipelineSettings();
        s.bootstrapServers = Optional.ofNullable(bootstrap);
        s.namespaceName = Optional.ofNullable(namespace);
        s.read();
        return s;
    }

    @Test
    void withoutBootstrapServersPublishingIsDisabledNamingTheSetting() {
        PipelineSettings s = settings(null, null);

        assertThat(s.enabled()).isFalse();
        assertThat(s.disabledReason()).isEqualTo("portal.kafka.bootstrap-servers is not set");
        assertThat(settings("  ", null).enabled()).isFalse();
    }

    @Test
    void withBootstrapServersItPublishesIntoTheNamespace() {
        PipelineSettings s = settings("127.0.0.1:9092", "t1");

        assertThat(s.enabled()).isTrue();
        assertThat(s.disabledReason()).isNull();
        assertThat(s.namespace().topic(vn.gov.moh.soc.core.naming.Topic.ASSETS)).isEqualTo("t1.soc.assets");
        assertThat(settings("127.0.0.1:9092", null).namespace().prefix()).isEmpty();
    }

    @Test
    void aWrongNamespaceDisablesPublishingRatherThanWritingElsewhere() {
        PipelineSettings s = settings("127.0.0.1:9092", "Bad_NS");

        assertThat(s.enabled()).isFalse();
        assertThat(s.disabledReason()).startsWith("portal.kafka.namespace: ").contains("Bad_NS");
    }
}
