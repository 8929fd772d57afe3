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

    @Test
    void theOnePassWriterGivesTheBytesOfTheTreeOnEveryShapeOfNames() {
        // Names drawn from parts that collide on purpose: prefixes that are fields themselves,
        // characters sorting before the dot, empty parts, trailing dots, soc and soc.logsource,
        // null values, lists; the tree (nested maps, then written) is the reference.
        String[] parts = {"a", "a-b", "b", "soc", "logsource", "product", "ip", "", "x y", "đ"};
        Object[] values = {"v", 7L, 2.5, true, null, List.of("p", 3L), "Bệnh viện"};
        LogSource[] sources = {LogSource.UNKNOWN, LogSource.of("linux", "sshd", "auth"),
                new LogSource(null, Set.of("web", "proxy"), null)};
        java.util.Random random = new java.util.Random(20261201);
        int oddShapes = 0;
        for (int round = 0; round < 20_000; round++) {
            Map<String, Object> fields = new HashMap<>();
            int names = 1 + random.nextInt(12);
            for (int n = 0; n < names; n++) {
                StringBuilder name = new StringBuilder();
                int depth = 1 + random.nextInt(4);
                for (int d = 0; d < depth; d++) {
                    if (d > 0) {
                        name.append('.');
                    }
                    name.append(parts[random.nextInt(parts.length)]);
                }
                if (random.nextInt(40) == 0) {
                    name.append('.');
                }
                fields.put(name.toString(), values[random.nextInt(values.length)]);
            }
            Event event = new Event(fields, sources[random.nextInt(sources.length)]);
            String[] keys = fields.keySet().toArray(new String[0]);
            java.util.Arrays.sort(keys);

            String onePass = new String(EventJson.write(event), StandardCharsets.UTF_8);
            String tree = new String(EventJson.writeAsTree(event, keys), StandardCharsets.UTF_8);

            assertThat(onePass).as("fields %s, log source %s", fields, event.logSource()).isEqualTo(tree);
            if (fields.keySet().stream().anyMatch(k -> fields.keySet().stream().anyMatch(o -> o.startsWith(k + ".")))) {
                oddShapes++;
            }
        }
        assertThat(oddShapes).as("rounds where one name is the prefix of another").isGreaterThan(1_000);
    }

    @Test
    void stringValuesOfEveryKindAreWrittenAsJacksonWritesThem() {
        // The one-pass writer escapes ASCII texts itself; the tree is written by Jackson alone.
        // Lone surrogates (a JSON escape can make one) and non-ASCII texts must come out as Jackson's.
        String[] pieces = {"a", "\"", "\\", "\n", "\r\n", "\t", "\u0000", "\u001f", "\u007f", "?", "é", "Bệnh viện",
            "😀", "\ud800", "\udc00", "{\"k\":\"v\"}", "C:\\Windows", " "};
        java.util.Random random = new java.util.Random(20261203);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            int n = random.nextInt(12);
            for (int i = 0; i < n; i++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            Map<String, Object> fields = new HashMap<>();
            fields.put("event.original", text.toString());
            fields.put("message", List.of(text.toString(), "x"));
            Event event = new Event(fields, LogSource.UNKNOWN);
            String[] keys = fields.keySet().toArray(new String[0]);
            java.util.Arrays.sort(keys);

            assertThat(EventJson.write(event)).as("text %s", text.chars().boxed().toList())
                    .isEqualTo(EventJson.writeAsTree(event, keys));
        }
        Event lone = new Event(new HashMap<>(Map.of("message", "a\ud800b?")), LogSource.UNKNOWN);
        assertThat(EventJson.read(EventJson.write(lone)).get("message")).as("a lone surrogate is not a question mark")
                .isNotEqualTo("a?b?");
    }

    @Test
    void anEventOfTheParsersIsWrittenAsNestedEcs() {
        Map<String, Object> fields = new HashMap<>();
        fields.put("source.ip", "10.0.0.1");
        fields.put("source.port", 22L);
        fields.put("soc.unit", "bv-bach-mai");
        fields.put("user.name", "root");
        fields.put("event.outcome", "failure");

        String json = write(fields, LogSource.of("linux", "sshd", "auth"));

        assertThat(json).isEqualTo("{\"event\":{\"outcome\":\"failure\"},\"soc\":{\"unit\":\"bv-bach-mai\","
                + "\"logsource\":{\"product\":\"linux\",\"category\":[\"auth\"],\"service\":\"sshd\"}},"
                + "\"source\":{\"ip\":\"10.0.0.1\",\"port\":22},\"user\":{\"name\":\"root\"}}");
    }
}
