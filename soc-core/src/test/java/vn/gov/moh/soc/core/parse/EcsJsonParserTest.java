package vn.gov.moh.soc.core.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.gov.moh.soc.core.event.Event;
import vn.gov.moh.soc.core.event.LogSource;

/** JSON lines already in ECS, as Filebeat and Fluent Bit write them to Kafka. */
class EcsJsonParserTest {
    private final EventReader reader = new EventReader(new SyslogParser(ZoneId.of("Asia/Ho_Chi_Minh"),
            Clock.fixed(Instant.parse("2026-11-21T12:00:00Z"), ZoneOffset.UTC)), new EvtxJsonParser());

    /** Filebeat's log input: the raw line in message, the shipper's metadata around it. */
    private static final String FILEBEAT_RAW = "{\"@timestamp\":\"2026-11-21T03:00:05.123Z\",\"message\":\"Nov 21 10:00:00"
            + " his-app-01 sshd[4242]: Failed password for root from 203.0.113.9 port 4000 ssh2\",\"log\":{\"file\":"
            + "{\"path\":\"/var/log/auth.log\"},\"offset\":1234},\"agent\":{\"type\":\"filebeat\",\"version\":\"8.15.0\"},"
            + "\"ecs\":{\"version\":\"8.0.0\"},\"host\":{\"name\":\"his-app-01.bachmai.local\"}}";

    @Test
    void aParsedEcsEventIsTakenAsItIsWithItsLogSourceDerived() {
        Event e = reader.parseLine("{\"@timestamp\":\"2026-11-21T03:00:00.000Z\",\"ecs\":{\"version\":\"8.11.0\"},"
                + "\"event\":{\"category\":[\"authentication\"],\"action\":\"ssh_login\",\"outcome\":\"failure\"},"
                + "\"source\":{\"ip\":\"203.0.113.9\"},\"user\":{\"name\":\"root\"},\"host\":{\"name\":\"his-app-01\","
                + "\"os\":{\"type\":\"linux\"}},\"process\":{\"name\":\"sshd\"}}", InputFormat.ECS_JSON);

        assertThat(e.text("source.ip")).isEqualTo("203.0.113.9");
        assertThat(e.get("event.category")).isEqualTo(List.of("authentication"));
        assertThat(e.text("ecs.version")).isEqualTo("8.11.0");
        assertThat(e.logSource()).isEqualTo(new LogSource("linux", Set.of(), "sshd"));
        assertThat(e.timestamp()).isEqualTo(Instant.parse("2026-11-21T03:00:00Z"));
    }

    @Test
    void aRawLineInMessageGoesThroughTheTextParsers() {
        Event e = reader.parseLine(FILEBEAT_RAW, InputFormat.AUTO);

        assertThat(e.text("event.action")).isEqualTo("ssh_login");
        assertThat(e.text("event.outcome")).isEqualTo("failure");
        assertThat(e.text("source.ip")).isEqualTo("203.0.113.9");
        assertThat(e.text("@timestamp")).as("the line's own time").isEqualTo("2026-11-21T03:00:00Z");
        assertThat(e.text("event.created")).as("when the shipper read it").isEqualTo("2026-11-21T03:00:05.123Z");
        assertThat(e.text("log.file.path")).isEqualTo("/var/log/auth.log");
        assertThat(e.text("agent.type")).isEqualTo("filebeat");
        assertThat(e.text("host.name")).as("the line's host wins").isEqualTo("his-app-01");
        assertThat(e.logSource()).isEqualTo(new LogSource("linux", Set.of(), "sshd"));
    }

    @Test
    void accessLogsFromFilebeatAndWebEventsAreWebserverEvents() {
        Event raw = reader.parseLine("{\"@timestamp\":\"2026-11-21T03:00:01Z\",\"ecs\":{\"version\":\"8.0.0\"},"
                + "\"event\":{\"dataset\":\"nginx.access\",\"module\":\"nginx\"},\"message\":\"203.0.113.7 - -"
                + " [21/Nov/2026:10:00:00 +0700] \\\"GET /.env HTTP/1.1\\\" 404 5 \\\"-\\\" \\\"curl/8.5\\\"\"}",
                InputFormat.ECS_JSON);
        assertThat(raw.logSource().categories()).isEqualTo(Set.of("webserver"));
        assertThat(raw.text("url.path")).isEqualTo("/.env");
        assertThat(raw.text("event.dataset")).isEqualTo("nginx.access");

        Event parsed = reader.parseLine("{\"@timestamp\":\"2026-11-21T03:00:01Z\",\"event\":{\"category\":[\"web\"]},"
                + "\"http\":{\"request\":{\"method\":\"GET\"}},\"url\":{\"path\":\"/\"}}", InputFormat.AUTO);
        assertThat(parsed.logSource().categories()).isEqualTo(Set.of("webserver"));
    }

    @Test
    void winlogbeatEventsGetTheirWindowsLogSourceAndEcsCopies() {
        Event e = reader.parseLine("{\"@timestamp\":\"2026-11-21T03:00:00.000Z\",\"ecs\":{\"version\":\"8.0.0\"},"
                + "\"agent\":{\"type\":\"winlogbeat\"},\"winlog\":{\"channel\":\"Microsoft-Windows-Sysmon/Operational\","
                + "\"event_id\":\"1\",\"computer_name\":\"his-ws-07\",\"event_data\":{\"Image\":"
                + "\"C:\\\\Windows\\\\System32\\\\cmd.exe\",\"CommandLine\":\"cmd.exe /c whoami\","
                + "\"IntegrityLevel\":\"High\"}},\"event\":{\"code\":\"1\",\"provider\":\"Microsoft-Windows-Sysmon\"}}",
                InputFormat.ECS_JSON);

        assertThat(e.logSource()).isEqualTo(new LogSource("windows", Set.of("process_creation"), "sysmon"));
        assertThat(e.get("winlog.event_id")).isEqualTo(1L);
        assertThat(e.text("process.executable")).isEqualTo("C:\\Windows\\System32\\cmd.exe");
        assertThat(e.text("process.command_line")).isEqualTo("cmd.exe /c whoami");
        assertThat(e.text("winlog.event_data.IntegrityLevel")).isEqualTo("High");
    }

    @Test
    void theWrittenLogSourceWinsAndOffsetTimesBecomeUtc() {
        Event e = reader.parseLine("{\"@timestamp\":\"2026-11-21T10:00:00+07:00\",\"ecs.version\":\"8.0.0\","
                + "\"soc\":{\"logsource\":{\"product\":\"windows\",\"service\":\"security\"}},\"host.os.type\":\"linux\"}",
                InputFormat.ECS_JSON);
        assertThat(e.logSource()).isEqualTo(new LogSource("windows", Set.of(), "security"));
        assertThat(e.text("@timestamp")).isEqualTo("2026-11-21T03:00:00Z");
    }

    @Test
    void whatIsNotAnEcsEventIsRejectedWithTheReason() {
        assertThatThrownBy(() -> reader.parseLine("{\"foo\":1}", InputFormat.ECS_JSON))
                .isInstanceOf(ParseException.class).hasMessageContaining("not an ECS event");
        assertThatThrownBy(() -> reader.parseLine("[1,2]", InputFormat.ECS_JSON))
                .isInstanceOf(ParseException.class).hasMessageContaining("must be a JSON object, not array");
        assertThatThrownBy(() -> reader.parseLine("\"text\"", InputFormat.AUTO))
                .isInstanceOf(ParseException.class).hasMessageContaining("neither JSON");
        assertThatThrownBy(() -> reader.parseLine("{\"@timestamp\":\"yesterday\",\"ecs\":{\"version\":\"8\"}}",
                InputFormat.ECS_JSON)).isInstanceOf(ParseException.class).hasMessageContaining("'yesterday'");
        String deep = "{\"ecs\":{\"version\":\"8\"},\"a\":" + "{\"a\":".repeat(100) + "1" + "}".repeat(101);
        assertThatThrownBy(() -> reader.parseLine(deep, InputFormat.ECS_JSON))
                .isInstanceOf(ParseException.class).hasMessageContaining("over the limits").hasMessageContaining("64");
        assertThatThrownBy(() -> reader.parseLine("{\"ecs\":{\"version\":\"8\"}", InputFormat.ECS_JSON))
                .isInstanceOf(ParseException.class).hasMessageContaining("malformed JSON");
    }

    @Test
    void aStreamOfEcsLinesKeepsTheGoodOnesAroundTheBad() throws Exception {
        String input = FILEBEAT_RAW + "\n{\"@timestamp\":\"soon\",\"ecs\":{\"version\":\"8\"}}\n"
                + "{\"@timestamp\":\"2026-11-21T03:00:09Z\",\"ecs\":{\"version\":\"8\"},\"message\":\"not a log line\"}\n"
                + "{\"@timestamp\":\"2026-11-21T03:00:09Z\",\"ecs\":{\"version\":\"8\"}\n";
        ReadRecords read = ReadRecords.of(reader, input, InputFormat.ECS_JSON);
        List<Event> events = read.events();
        List<EventReader.Rejected> rejected = read.rejected();

        assertThat(events).hasSize(2);
        assertThat(events.get(1).text("message")).as("an unknown raw line stays the message").isEqualTo("not a log line");
        assertThat(events.get(1).logSource()).isEqualTo(LogSource.UNKNOWN);
        assertThat(rejected).extracting(EventReader.Rejected::position).containsExactly(2L, 4L);
    }
}
