package vn.gov.moh.soc.core.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.gov.moh.soc.core.event.Event;
import vn.gov.moh.soc.core.event.EventJson;

/**
 * Bad input to the readers and parsers: each bad record is reported with its position and reason,
 * the records around it still arrive, and nothing hangs or crashes. (The timeouts only guard
 * against hangs; speed is measured by the benchmark.)
 */
class HostileInputTest {
    private final EventReader reader = new EventReader();

    private ReadRecords read(byte[] input, InputFormat format) throws Exception {
        return ReadRecords.of(reader, input, format);
    }

    private static final String GOOD = "Nov 21 10:00:00 his-app-01 sshd[1]: Failed password for root from 10.0.0.9 port 22 ssh2\n";

    @Test
    void invalidUtf8IsReplacedAndFlaggedNotDropped() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write("Nov 21 10:00:00 his-app-01 sshd[1]: Failed password for r".getBytes(StandardCharsets.UTF_8));
        bytes.write(new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF});
        bytes.write("t from 10.0.0.9 port 22 ssh2\n".getBytes(StandardCharsets.UTF_8));

        ReadRecords r = read(bytes.toByteArray(), InputFormat.SYSLOG);

        assertThat(r.rejected()).isEmpty();
        assertThat(r.events()).singleElement().satisfies(e -> {
            assertThat(e.get("soc.flags")).isEqualTo(List.of("invalid_utf8"));
            assertThat(e.text("message")).contains("\uFFFD");
            assertThat(e.text("source.ip")).isEqualTo("10.0.0.9");
        });
    }

    @Test
    void aHugeLineIsRejectedAndTheNextLineStillArrives() throws Exception {
        String huge = "x".repeat(EventReader.MAX_LINE + 10) + "\n";
        ReadRecords r = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> read((GOOD + huge + GOOD).getBytes(StandardCharsets.UTF_8), InputFormat.SYSLOG));

        assertThat(r.events()).hasSize(2);
        assertThat(r.rejected()).singleElement().satisfies(rej -> {
            assertThat(rej.position()).isEqualTo(2);
            assertThat(rej.reason()).contains("longer than");
        });
    }

    @Test
    void malformedJsonLinesAreReportedWithTheirLineNumber() throws Exception {
        String input = "{\"message\":\"a\"}\n{\"message\": \n{\"message\":\"c\"}\n[1,2]\n";
        ReadRecords r = read(input.getBytes(StandardCharsets.UTF_8), InputFormat.JSONL);

        assertThat(r.events()).extracting(e -> e.text("message")).containsExactly("a", "c");
        assertThat(r.rejected()).extracting(EventReader.Rejected::position).containsExactly(2L, 4L);
        assertThat(r.rejected().get(1).reason()).contains("must be an object");
    }

    @Test
    void deeplyNestedJsonIsRefusedNotAStackOverflow() {
        String deep = "{\"a\":".repeat(5000) + "1" + "}".repeat(5000);
        assertThatThrownBy(() -> EventJson.read(deep))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a valid JSON event");
    }

    @Test
    void autoDetectionHandlesMixedTextAndReportsUnknownLines() throws Exception {
        String input = GOOD
                + "203.0.113.7 - - [21/Nov/2026:10:00:00 +0700] \"GET / HTTP/1.1\" 200 5 \"-\" \"curl\"\n"
                + "this is not a log line\n";
        ReadRecords r = read(input.getBytes(StandardCharsets.UTF_8), InputFormat.AUTO);

        assertThat(r.events()).hasSize(2);
        assertThat(r.events().get(1).text("http.request.method")).isEqualTo("GET");
        assertThat(r.rejected()).singleElement().satisfies(rej -> assertThat(rej.reason()).contains("neither JSON"));
    }

    @Test
    void randomBytesNeverCrashTheParsers() {
        Random random = new Random(20261121);
        SyslogParser syslog = new SyslogParser();
        AccessLogParser access = new AccessLogParser();
        String alphabet = "<>[]\":-/ 0123456789abcJanNovsshd{}\\\u00e9\u1ea1";
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (int i = 0; i < 20_000; i++) {
                StringBuilder s = new StringBuilder();
                int length = random.nextInt(200);
                for (int j = 0; j < length; j++) {
                    s.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                String line = i % 3 == 0 ? "<13>Nov 21 10:00:00 h sshd[1]: " + s : s.toString();
                for (InputFormat f : List.of(InputFormat.AUTO, InputFormat.SYSLOG, InputFormat.ACCESS_LOG, InputFormat.JSONL)) {
                    try {
                        reader.parseLine(line, f);
                    } catch (ParseException | IllegalArgumentException expected) {
                        assertThat(expected.getMessage()).isNotBlank();
                    }
                }
                syslog.accepts(line);
                access.accepts(line);
            }
        });
    }

    /** Valid lines of the newer parsers, mutated at random: each either parses or fails with a reason. */
    @Test
    void mutatedPacketLogsAccessLogsAndEcsJsonNeverCrash() {
        List<String> seeds = List.of(
                "Nov 21 10:00:00 h kernel: [ 3529.289825] [UFW BLOCK] IN=eth0 OUT= MAC=00:11:22:33:44:55:66:77:88:99:aa:bb:08:00"
                        + " SRC=2001:0db8:0000:0000:0000:0000:0000:0042 DST=10.0.0.5 LEN=52 TTL=128 ID=9 DF PROTO=TCP"
                        + " SPT=17833 DPT=22 WINDOW=8192 RES=0x00 CWR ECE SYN URGP=0",
                "2020-03-23 06:47:42.801612-0700  localhost sshd[3186]: error: PAM: unknown user for illegal user b from 192.168.33.1",
                "<34>1 2026-11-21T03:00:00Z his-app-01 - - - - Failed password for root from 10.0.0.1 port 1 ssh2",
                "2026-11-21 03:00:00 10.0.0.5 GET /a.aspx q=1 443 - 203.0.113.7 Mozilla/5.0+(X11) - 200 0 0 31",
                "Jan 11 10:13:05 web01 nginx: www.example.com:80 1.1.1.1 - - [1/Apr/2014:00:00:01 -0500] \"GET /a HTTP/1.1\" 200 1"
                        + " \"-\"  \"ua\"",
                "{\"@timestamp\":\"2026-11-21T03:00:05Z\",\"ecs\":{\"version\":\"8\"},\"message\":\"Nov 21 10:00:00 h sshd[1]:"
                        + " Failed password for root from 10.0.0.1 port 1 ssh2\",\"host\":{\"name\":\"h\"}}");
        Random random = new Random(20261201);
        String noise = "=[]() :.\"{}\\-0123456789abcdefxSRCDTPINOUT\u0000\uFFFD";
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (int i = 0; i < 20_000; i++) {
                StringBuilder line = new StringBuilder(seeds.get(i % seeds.size()));
                for (int edits = 1 + random.nextInt(4); edits > 0; edits--) {
                    int at = random.nextInt(line.length());
                    switch (random.nextInt(3)) {
                        case 0 -> line.setCharAt(at, noise.charAt(random.nextInt(noise.length())));
                        case 1 -> line.insert(at, noise.charAt(random.nextInt(noise.length())));
                        default -> line.deleteCharAt(at);
                    }
                }
                for (InputFormat f : List.of(InputFormat.AUTO, InputFormat.SYSLOG, InputFormat.ECS_JSON, InputFormat.IIS)) {
                    try {
                        Event e = reader.parseLine(line.toString(), f);
                        for (String port : List.of("source.port", "destination.port")) {
                            Object value = e.get(port);
                            assertThat(value == null || value instanceof Long).as(line.toString()).isTrue();
                        }
                    } catch (ParseException | IllegalArgumentException expected) {
                        assertThat(expected.getMessage()).as(line.toString()).isNotBlank();
                    }
                }
            }
        });
    }
}
