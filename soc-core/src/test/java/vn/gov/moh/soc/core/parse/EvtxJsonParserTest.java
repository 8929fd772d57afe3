package vn.gov.moh.soc.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import vn.gov.moh.soc.core.event.Event;

/**
 * Event-data values are filed under {@code winlog.event_data.<name>} (spaces removed) and their
 * ECS field; the names are built once, so events share their keys, up to a bound past which
 * names are still filed, just built per event.
 */
class EvtxJsonParserTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final EvtxJsonParser parser = new EvtxJsonParser();

    private static JsonNode event(String name, String value) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode event = root.putObject("Event");
        ObjectNode system = event.putObject("System");
        system.put("EventID", 1);
        system.put("Channel", "Microsoft-Windows-Sysmon/Operational");
        event.putObject("EventData").put(name, value);
        return root;
    }

    private static String key(Event e, String field) {
        return e.fields().keySet().stream().filter(field::equals).findFirst().orElseThrow();
    }

    @Test
    void eventsShareTheirFieldNames() {
        Event a = parser.parse(event("Image", "C:\\Windows\\System32\\cmd.exe"));
        Event b = parser.parse(event("Image", "C:\\Windows\\explorer.exe"));
        assertThat(a.get("winlog.event_data.Image")).isEqualTo("C:\\Windows\\System32\\cmd.exe");
        assertThat(a.get("process.executable")).isEqualTo("C:\\Windows\\System32\\cmd.exe");
        assertThat(b.get("process.executable")).isEqualTo("C:\\Windows\\explorer.exe");
        assertThat(key(a, "winlog.event_data.Image")).isSameAs(key(b, "winlog.event_data.Image"));
        Event spaced = parser.parse(event("Threat Name", "EICAR"));
        assertThat(spaced.get("winlog.event_data.ThreatName")).isEqualTo("EICAR");
    }

    @Test
    void namesPastTheBoundAreStillFiled() {
        for (int i = 0; i < 5000; i++) {
            Event e = parser.parse(event("Name" + i, "v" + i));
            assertThat(e.get("winlog.event_data.Name" + i)).isEqualTo("v" + i);
        }
        Event late = parser.parse(event("Image", "C:\\x.exe"));
        assertThat(late.get("process.executable")).isEqualTo("C:\\x.exe");
    }
}
