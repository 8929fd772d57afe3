package vn.gov.moh.soc.jobs.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.serialization.SerializerConfigImpl;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.junit.jupiter.api.Test;
import vn.gov.moh.soc.core.event.Event;
import vn.gov.moh.soc.core.event.EventJson;
import vn.gov.moh.soc.core.event.LogSource;
import vn.gov.moh.soc.jobs.Events;

class EventRecordSerializerTest {
    private static EventRecord roundTrip(EventRecord record) throws IOException {
        DataOutputSerializer out = new DataOutputSerializer(256);
        EventRecordSerializer.INSTANCE.serialize(record, out);
        return EventRecordSerializer.INSTANCE.deserialize(new DataInputDeserializer(out.getCopyOfBuffer()));
    }

    @Test
    void flinkFindsTheSerializerOfTheRecord() {
        assertThat(TypeInformation.of(EventRecord.class).createSerializer(new SerializerConfigImpl()))
                .isSameAs(EventRecordSerializer.INSTANCE);
    }

    @Test
    void aNormalizedEventArrivesAsTheEventItsJsonWouldGive() throws IOException {
        EventRecord sent = Events.failedLogin(7, "10.9.9.9", 3, "root");

        EventRecord received = roundTrip(sent);

        assertThat(received.id).isEqualTo(sent.id);
        assertThat(received.timestamp).isEqualTo(sent.timestamp);
        assertThat(received.source).isEqualTo("his-app-01");
        Event fromJson = EventJson.read(sent.json());
        Map<String, Object> withoutLogSourceFields = new HashMap<>(fromJson.fields());
        withoutLogSourceFields.keySet().removeIf(name -> name.startsWith("soc.logsource."));
        assertThat(received.event().fields()).isEqualTo(withoutLogSourceFields);
        assertThat(received.event().logSource()).isEqualTo(fromJson.logSource());
        assertThat(received.json()).isEqualTo(sent.json());
    }

    @Test
    void valuesKeepTheTypesJsonGivesThem() throws IOException {
        Map<String, Object> fields = new HashMap<>();
        fields.put("port", 22);
        fields.put("ratio", 0.5f);
        fields.put("ok", true);
        fields.put("absent", null);
        fields.put("tags", List.of("a", 2L, false));
        fields.put("long", "x".repeat(70_000));
        EventRecord sent = new EventRecord("e1", 5, "h", new Event(fields, LogSource.of("linux", "sshd", "auth")));

        Event received = roundTrip(sent).event();

        assertThat(received.get("port")).isEqualTo(22L);
        assertThat(received.get("ratio")).isEqualTo("0.5");
        assertThat(received.get("ok")).isEqualTo(true);
        assertThat(received.has("absent")).isTrue();
        assertThat(received.get("tags")).isEqualTo(List.of("a", 2L, false));
        assertThat(received.text("long")).hasSize(70_000);
        assertThat(received.logSource()).isEqualTo(LogSource.of("linux", "sshd", "auth"));
        assertThat(EventJson.read(roundTrip(sent).json()).fields()).isEqualTo(EventJson.read(sent.json()).fields());
    }

    @Test
    void aRecordKnownOnlyAsJsonTravelsAsItsJsonEvenWhenMalformed() throws IOException {
        byte[] json = "{not json".getBytes(StandardCharsets.UTF_8);

        EventRecord received = roundTrip(new EventRecord("broken", 1, "h", json));

        assertThat(received.json()).isEqualTo(json);
        assertThatThrownBy(received::event).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCopyDoesNotShareTheFieldMap() {
        EventRecord original = Events.failedLogin(8, "10.9.9.8", 4, "root");

        EventRecord copy = EventRecordSerializer.INSTANCE.copy(original);
        copy.event().put("user.name", "changed");

        assertThat(original.event().text("user.name")).isEqualTo("root");
        assertThat(copy.timestamp).isEqualTo(original.timestamp);
    }

    @Test
    void anAlertArrivesWithItsDocumentAndEnrichment() throws IOException {
        Map<String, Object> fields = new HashMap<>();
        fields.put("rule.name", "SSH brute force");
        fields.put("host.name", List.of("a", "b"));
        AlertRecord sent = new AlertRecord("a1", "brute", "high", 9, new Event(fields, LogSource.UNKNOWN));
        sent.priority = "P2";
        sent.assetId = "bm-his";
        sent.systemId = "bm-his-sys";
        sent.systemLevel = 4;
        DataOutputSerializer out = new DataOutputSerializer(256);
        AlertRecordSerializer.INSTANCE.serialize(sent, out);

        AlertRecord received = AlertRecordSerializer.INSTANCE.deserialize(new DataInputDeserializer(out.getCopyOfBuffer()));

        assertThat(received).usingRecursiveComparison().ignoringFields("document", "json").isEqualTo(sent);
        assertThat(received.document().fields()).isEqualTo(fields);
        assertThat(received.json()).isEqualTo(sent.json());
        assertThat(TypeInformation.of(AlertRecord.class).createSerializer(new SerializerConfigImpl()))
                .isSameAs(AlertRecordSerializer.INSTANCE);
    }

    @Test
    void theSnapshotRestoresTheSameSerializer() {
        assertThat(EventRecordSerializer.INSTANCE.snapshotConfiguration().restoreSerializer())
                .isSameAs(EventRecordSerializer.INSTANCE);
    }
}
