package vn.gov.moh.soc.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EventJsonTest {
    private static String write(Map<String, Object> fields, LogSource source) {
        return new String(EventJson.write(new Event(new HashMap<>(fields), source)), StandardCharsets.UTF_8);
    }

    @Test
    void dottedNamesBecomeNestedObjectsInNameOrder() {
        String json = write(Map.of("source.ip", "10.0.0.1", "event.id", "a:b:1", "source.port", 22L, "message", "x"),
                LogSource.UNKNOWN);
        assertThat(json).isEqualTo("{\"event\":{\"id\":\"a:b:1\"},\"message\":\"x\",\"source\":{\"ip\":\"10.0.0.1\",\"port\":22}}");
    }

    @Test
    void aScalarWhereAnObjectIsNeededKeepsTheRestOfTheNameAsOneKey() {
        String json = write(Map.of("x", 2L, "x.y.z", 1L), LogSource.UNKNOWN);
        assertThat(json).isEqualTo("{\"x\":2,\"x.y.z\":1}");
    }

    @Test
    void emptyPartsAreKeptTrailingDotsIgnored() {
        assertThat(write(Map.of("a..b", "v"), LogSource.UNKNOWN)).isEqualTo("{\"a\":{\"\":{\"b\":\"v\"}}}");
        assertThat(write(Map.of("a.b.", "v"), LogSource.UNKNOWN)).isEqualTo("{\"a\":{\"b\":\"v\"}}");
        assertThat(write(Map.of("..", "v"), LogSource.UNKNOWN)).isEqualTo("{\"..\":\"v\"}");
    }

    @Test
    void logSourceGoesUnderSocAndReadsBack() {
        LogSource source = new LogSource("linux", Set.of("firewall"), "kernel");
        String json = write(Map.of("soc.flags", List.of("truncated"), "event.kind", "event"), source);
        assertThat(json).isEqualTo("{\"event\":{\"kind\":\"event\"},\"soc\":{\"flags\":[\"truncated\"],"
                + "\"logsource\":{\"product\":\"linux\",\"category\":[\"firewall\"],\"service\":\"kernel\"}}}");
        Event back = EventJson.read(json);
        assertThat(back.logSource()).isEqualTo(source);
        assertThat(back.get("soc.flags")).isEqualTo(List.of("truncated"));
    }
}
