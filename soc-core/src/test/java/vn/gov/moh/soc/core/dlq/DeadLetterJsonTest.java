package vn.gov.moh.soc.core.dlq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DeadLetterJsonTest {
    @Test
    void aDeadLetterSurvivesTheRoundTripWithItsRecordAsText() {
        DeadLetter d = new DeadLetter("agent-1:file:42", "index", "soc-events-2026.11.21", null,
                "document_parsing_exception: failed to parse field [host.name]", "{\"host\":{\"name\":{}}}",
                Instant.parse("2026-11-21T03:00:00.123Z"));

        byte[] json = DeadLetterJson.write(d);

        assertThat(DeadLetterJson.read(json)).isEqualTo(d);
        assertThat(new String(json, StandardCharsets.UTF_8)).contains("\"record\":\"{\\\"host\\\"");
    }

    @Test
    void unknownIdTargetAndOriginAreLeftOut() {
        DeadLetter d = new DeadLetter(null, "normalize", null, null, "not syslog", "garbage", Instant.EPOCH);

        String json = new String(DeadLetterJson.write(d), StandardCharsets.UTF_8);

        assertThat(json).doesNotContain("\"id\"").doesNotContain("\"target\"").doesNotContain("\"origin\"");
        assertThat(DeadLetterJson.read(json.getBytes(StandardCharsets.UTF_8))).isEqualTo(d);
    }

    @Test
    void theOriginOfARecordReadFromKafkaSurvivesTheRoundTrip() {
        DeadLetter d = new DeadLetter("soc.raw/3/1024", "normalize", null, "soc.raw/3/1024", "not JSON", "garbage",
                Instant.parse("2026-11-21T03:00:00Z"));

        String json = new String(DeadLetterJson.write(d), StandardCharsets.UTF_8);

        assertThat(json).contains("\"origin\":\"soc.raw/3/1024\"");
        assertThat(DeadLetterJson.read(json.getBytes(StandardCharsets.UTF_8))).isEqualTo(d);
    }

    @Test
    void aBadRecordNamesTheField() {
        assertThatThrownBy(() -> DeadLetterJson.read("{\"source\":\"index\",\"reason\":1}".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("'reason' must be a string");
        assertThatThrownBy(() -> DeadLetterJson.read("{\"source\":\"index\",\"reason\":\"r\",\"record\":\"x\"}"
                .getBytes(StandardCharsets.UTF_8))).hasMessageContaining("without 'time'");
        assertThatThrownBy(() -> DeadLetterJson.read("[".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("JSON object");
    }
}
