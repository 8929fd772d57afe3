package vn.gov.moh.soc.core.envelope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Envelopes survive the round trip through JSON; malformed ones are refused with the reason. */
class EnvelopeJsonTest {
    private static final Envelope SAMPLE = new Envelope("agent-1", "bv-bach-mai", "his-web-01", "nginx", "access-log",
            "/var/log/nginx/access.log", "7f3a.1024", Instant.parse("2026-11-21T03:00:00.123Z"),
            "10.0.0.1 - - \"GET / HTTP/1.1\" 200 1 \uFFFD \"quoted\"", 2_000_000, Set.of(Flag.TRUNCATED, Flag.INVALID_UTF8));

    @Test
    void roundTripKeepsEveryField() {
        byte[] json = EnvelopeJson.write(SAMPLE);
        assertThat(EnvelopeJson.read(json)).isEqualTo(SAMPLE);
        String text = new String(json, StandardCharsets.UTF_8);
        assertThat(text).contains("\"id\":\"agent-1:nginx:7f3a.1024\"", "\"flags\":[\"truncated\",\"invalid_utf8\"]",
                "\"agent\":{\"id\":\"agent-1\"}");
    }

    @Test
    void aDrillMarkSurvivesTheRoundTripAndRealRecordsHaveNone() {
        Envelope drill = SAMPLE.withDrill("drill-2026-0001");
        byte[] json = EnvelopeJson.write(drill);
        assertThat(new String(json, StandardCharsets.UTF_8)).contains("\"drill\":\"drill-2026-0001\"");
        Envelope read = EnvelopeJson.read(json);
        assertThat(read).isEqualTo(drill).isNotEqualTo(SAMPLE);
        assertThat(read.drill()).isEqualTo("drill-2026-0001");
        assertThat(read.id()).isEqualTo(SAMPLE.id());
        assertThat(new String(EnvelopeJson.write(SAMPLE), StandardCharsets.UTF_8)).doesNotContain("drill");
        assertThat(EnvelopeJson.read(EnvelopeJson.write(SAMPLE)).drill()).isNull();
    }

    @Test
    void aBadDrillMarkIsRefusedNamingTheField() {
        String base = "{\"agent\":{\"id\":\"a\"},\"unit\":\"u\",\"host\":\"h\",\"input\":\"i\","
                + "\"offset\":\"1\",\"received\":\"2026-01-01T00:00:00Z\",\"line\":\"x\",";
        assertThatThrownBy(() -> EnvelopeJson.read((base + "\"drill\":\"a b\"}").getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("'drill'").hasMessageContaining("'a b'");
        assertThatThrownBy(() -> EnvelopeJson.read((base + "\"drill\":7}").getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("'drill' must be a string");
        assertThatThrownBy(() -> SAMPLE.withDrill("x".repeat(65))).hasMessageContaining("1 to 64");
        assertThat(SAMPLE.withDrill("d1").withDrill(null).drill()).isNull();
    }

    @Test
    void idDependsOnlyOnOrigin() {
        Envelope later = new Envelope("agent-1", "bv-bach-mai", "his-web-01", "nginx", "access-log", null, "7f3a.1024",
                Instant.now(), "other", 5, Set.of());
        assertThat(later.id()).isEqualTo(SAMPLE.id());
    }

    @Test
    void malformedEnvelopesNameTheProblem() {
        assertThatThrownBy(() -> EnvelopeJson.read("[1]".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("JSON object");
        assertThatThrownBy(() -> EnvelopeJson.read("{\"agent\":{\"id\":\"a\"}}".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("'unit'");
        assertThatThrownBy(() -> EnvelopeJson.read(("{\"agent\":{\"id\":\"a\"},\"unit\":\"u\",\"host\":\"h\",\"input\":\"i\","
                + "\"offset\":\"1\",\"received\":\"yesterday\",\"line\":\"x\"}").getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("ISO-8601");
        assertThatThrownBy(() -> EnvelopeJson.read(("{\"agent\":{\"id\":\"a\"},\"unit\":\"u\",\"host\":\"h\",\"input\":\"i\","
                + "\"offset\":\"1\",\"received\":\"2026-01-01T00:00:00Z\",\"line\":\"x\",\"flags\":[\"odd\"]}")
                .getBytes(StandardCharsets.UTF_8))).hasMessageContaining("unknown flag 'odd'");
        assertThatThrownBy(() -> EnvelopeJson.read("{\"unit\":".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("not a valid envelope");
    }
}
