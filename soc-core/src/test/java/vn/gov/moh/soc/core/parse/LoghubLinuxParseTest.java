package vn.gov.moh.soc.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.gov.moh.soc.core.event.Event;
import vn.gov.moh.soc.core.testdata.SharedData;

/**
 * Loghub's Linux sample (a 2005 Red Hat server: old-style {@code sshd(pam_unix)} and
 * {@code su(pam_unix)} messages, ftpd, kernel) through the syslog parser: every line parses, and
 * the lines of the authentication templates (loghub's own template ids, not our parser) become
 * the authentication events they are.
 *
 * <p>Only the structured CSV is in ../shared/data; the raw lines are rebuilt from it
 * ({@code Month Date Time Host Component[PID]: Content}).
 */
class LoghubLinuxParseTest {
    private static final Pattern ROW = Pattern.compile("^(\\d+),(\\w{3}),(\\d+),([\\d:]+),([^,]*),([^,]*),(\\d*),(.*),(E\\d+),(.*)$");
    /** authentication failure; ... rhost=... [user=...] */
    private static final List<String> AUTH_FAILURE = List.of("E15", "E16", "E17", "E18", "E19");
    private static final String UNKNOWN_USER = "E27";
    private static final List<String> SESSIONS = List.of("E101", "E102", "E103");

    @Test
    void everyLineParsesAndAuthenticationLinesBecomeAuthenticationEvents() throws Exception {
        Path csv = SharedData.dir("loghub/Linux/Linux_2k.log_structured.csv");
        SyslogParser syslog = new SyslogParser(ZoneId.of("UTC"), Clock.fixed(Instant.parse("2005-08-01T00:00:00Z"),
                ZoneOffset.UTC));
        List<String> rows = Files.readAllLines(csv, StandardCharsets.UTF_8);
        int failures = 0;
        int unknownUsers = 0;
        int sessions = 0;
        int hostNames = 0;
        for (String row : rows.subList(1, rows.size())) {
            Matcher m = ROW.matcher(row);
            assertThat(m.matches()).as(row).isTrue();
            String content = m.group(8);
            if (content.startsWith("\"") && content.endsWith("\"")) {
                content = content.substring(1, content.length() - 1).replace("\"\"", "\"");
            }
            String line = String.format("%s %2s %s %s %s%s: %s", m.group(2), m.group(3), m.group(4), m.group(5), m.group(6),
                    m.group(7).isEmpty() ? "" : "[" + m.group(7) + "]", content);
            Event e = syslog.parse(line);
            String template = m.group(9);
            if (AUTH_FAILURE.contains(template)) {
                failures++;
                assertThat(e.text("event.action")).as(line).isEqualTo("pam_auth");
                assertThat(e.text("event.outcome")).as(line).isEqualTo("failure");
                if (line.contains("rhost=") && !line.matches(".*rhost=\\s*(user=.*)?$")) {
                    assertThat(e.has("source.ip") || e.has("source.address")).as(line).isTrue();
                }
                hostNames += e.has("source.address") ? 1 : 0;
            } else if (template.equals(UNKNOWN_USER)) {
                unknownUsers++;
                assertThat(e.get("pam.unknown_user")).as(line).isEqualTo(true);
            } else if (SESSIONS.contains(template)) {
                sessions++;
                assertThat(e.text("event.action")).as(line).startsWith("session_");
                assertThat(e.text("user.name")).as(line).isNotBlank();
            } else {
                assertThat(e.text("event.outcome")).as("no other template is an authentication outcome: " + line).isNull();
            }
        }
        System.out.printf("loghub Linux: %d lines, %d PAM failures (%d from a host name, not an IP), %d unknown users,"
                + " %d sessions%n", rows.size() - 1, failures, hostNames, unknownUsers, sessions);
        assertThat(failures).isEqualTo(490);
        assertThat(unknownUsers).isEqualTo(117);
        assertThat(sessions).isEqualTo(246);
        assertThat(hostNames).isPositive();
    }
}
