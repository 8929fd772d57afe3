package vn.gov.moh.soc.core.naming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class NamespaceTest {

    @Test
    void productionNamesAreThoseOfTheArchitecture() {
        Namespace ns = Namespace.of("");

        assertThat(ns).isSameAs(Namespace.PRODUCTION);
        assertThat(ns.topic(Topic.RAW)).isEqualTo("soc.raw");
        assertThat(ns.topic(Topic.AGENT_HEARTBEAT)).isEqualTo("soc.agent.heartbeat");
        assertThat(ns.eventsIndex(LocalDate.of(2026, 1, 5))).isEqualTo("soc-events-2026.01.05");
        assertThat(ns.eventsIndexPattern()).isEqualTo("soc-events-*");
        assertThat(ns.alertsIndex()).isEqualTo("soc-alerts");
    }

    @Test
    void aNamespaceSurvivesJavaSerializationAsFlinkFunctionsNeed() throws Exception {
        for (Namespace ns : new Namespace[] {Namespace.PRODUCTION, Namespace.of("t42")}) {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
                out.writeObject(ns);
            }
            try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
                    new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
                assertThat(in.readObject()).isEqualTo(ns);
            }
        }
    }

    @Test
    void aPrefixSeparatesTopicsAndIndices() {
        Namespace ns = Namespace.of("t42");

        assertThat(ns.topic(Topic.RULES)).isEqualTo("t42.soc.rules");
        assertThat(ns.eventsIndex(LocalDate.of(2026, 11, 21))).isEqualTo("t42-soc-events-2026.11.21");
        assertThat(ns.eventsIndexPattern()).isEqualTo("t42-soc-events-*");
        assertThat(ns.alertsIndex()).isEqualTo("t42-soc-alerts");
    }

    @Test
    void aPrefixThatWouldMakeAnInvalidIndexNameIsRejectedWithItsValue() {
        assertThatThrownBy(() -> Namespace.of("Upper"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'Upper'");
        assertThatThrownBy(() -> Namespace.of("a.b")).hasMessageContaining("'a.b'");
        assertThatThrownBy(() -> Namespace.of("-x")).hasMessageContaining("'-x'");
    }

    @Test
    void compactedTopicsAreTheKeyedStateTopics() {
        assertThat(Topic.RULES.compacted()).isTrue();
        assertThat(Topic.ASSETS.compacted()).isTrue();
        assertThat(Topic.RAW.compacted()).isFalse();
        assertThat(Topic.RULES.config()).containsEntry("cleanup.policy", "compact");
        assertThat(Topic.RAW.config())
                .containsEntry("cleanup.policy", "delete")
                .containsEntry("message.timestamp.type", "LogAppendTime");
    }
}
