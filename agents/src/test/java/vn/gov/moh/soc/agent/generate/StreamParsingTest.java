package vn.gov.moh.soc.agent.generate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.gov.moh.soc.core.event.Event;
import vn.gov.moh.soc.core.testdata.SharedData;

/** Every stream's lines parse with soc-core's parsers into events of the expected log source and fields. */
class StreamParsingTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static GeneratedLines day;
    private static GeneratedLines night;

    @BeforeAll
    static void generate() {
        // 09:00 and 23:00 in Vietnam.
        day = GeneratedLines.run(GeneratedLines.settings("2026-11-21T02:00:00Z", 50, 7), GenerationLimits.lines(6000));
        night = GeneratedLines.run(GeneratedLines.settings("2026-11-21T16:00:00Z", 50, 7), GenerationLimits.lines(3000));
    }

    private static List<GeneratedLines.Line> both(TelemetryStream stream) {
        List<GeneratedLines.Line> all = new ArrayList<>(day.of(stream));
        all.addAll(night.of(stream));
        return all;
    }

    private static Event parse(GeneratedLines.Line line) {
        return (day.lines.contains(line) ? day : night).parse(line);
    }

    @Test
    void everyStreamIsPresentAndLinesAreSingleLines() {
        Map<TelemetryStream, Integer> counts = new EnumMap<>(TelemetryStream.class);
        for (GeneratedLines.Line l : day.lines) {
            counts.merge(l.stream(), 1, Integer::sum);
            assertThat(l.text()).doesNotContain("\n", "\r").isNotBlank();
        }
        assertThat(counts.keySet()).containsExactlyInAnyOrder(TelemetryStream.values());
        assertThat(counts.values()).allSatisfy(n -> assertThat(n).isGreaterThan(150));
        assertThat(day.summary.lines()).isEqualTo(6000);
    }

    @Test
    void timesNeverGoBackwards() {
        long previous = Long.MIN_VALUE;
        for (GeneratedLines.Line l : day.lines) {
            assertThat(l.nanos()).isGreaterThanOrEqualTo(previous);
            previous = l.nanos();
        }
    }

    @Test
    void authLinesAreLinuxSyslogWithSshLoginsUnderstood() {
        Set<String> services = new HashSet<>();
        int logins = 0;
        for (GeneratedLines.Line l : both(TelemetryStream.AUTH)) {
            Event e = parse(l);
            assertThat(e.logSource().product()).as(l.text()).isEqualTo("linux");
            services.add(e.logSource().service());
            assertSameSecond(e, l);
            assertThat(e.text("host.name")).endsWith(".bvbachmai.vn");
            if ("ssh_login".equals(e.get("event.action"))) {
                logins++;
                assertThat(e.text("user.name")).as(l.text()).matches("[a-z][a-z0-9.]*");
                assertThat(e.text("source.ip")).as(l.text()).startsWith("10.10.");
                assertThat(e.get("event.outcome")).isIn("success", "failure");
            }
            if (l.text().contains("session opened")) {
                assertThat(e.get("event.action")).as(l.text()).isEqualTo("session_opened");
            }
            if (l.text().contains(" ; COMMAND=")) {
                assertThat(e.get("event.action")).as(l.text()).isEqualTo("sudo");
                assertThat(e.text("process.command_line")).startsWith("/usr/");
            }
        }
        assertThat(services).contains("sshd", "sudo", "cron", "systemd-logind");
        assertThat(logins).isGreaterThan(20);
    }

    @Test
    void nginxLinesAreCombinedAccessLogOfTheWebserverCategory() {
        for (GeneratedLines.Line l : both(TelemetryStream.NGINX)) {
            Event e = parse(l);
            assertThat(e.logSource().categories()).as(l.text()).containsExactly("webserver");
            assertThat(e.text("source.ip")).isNotBlank();
            assertThat(e.text("http.request.method")).isIn("GET", "POST");
            assertThat(e.text("url.path")).startsWith("/");
            assertThat((Long) e.get("http.response.status_code")).isBetween(200L, 599L);
            assertThat(e.text("user_agent.original")).as(l.text())
                    .satisfiesAnyOf(ua -> assertThat(ua).startsWith("Mozilla/5.0"), ua -> assertThat(ua).startsWith("HISClient/"));
            assertSameSecond(e, l);
        }
    }

    @Test
    void windowsLinesAreSysmonAndSecurityEventsOfTheRightLogSource() {
        Set<Long> ids = new HashSet<>();
        for (GeneratedLines.Line l : both(TelemetryStream.WINDOWS)) {
            Event e = parse(l);
            assertThat(e.logSource().product()).isEqualTo("windows");
            Long id = (Long) e.get("winlog.event_id");
            ids.add(id);
            assertThat(e.timestamp()).isEqualTo(instant(l.nanos()).truncatedTo(java.time.temporal.ChronoUnit.MICROS));
            assertThat(e.text("host.name")).endsWith(".bvbachmai.local");
            if (id == 1) {
                assertThat(e.logSource().service()).isEqualTo("sysmon");
                assertThat(e.logSource().categories()).containsExactly("process_creation");
                assertThat(e.text("process.executable")).matches("^C:\\\\.*\\.(exe|EXE)$");
                assertThat(e.text("process.command_line")).isNotBlank();
                assertThat(e.text("process.parent.executable")).isNotBlank();
            } else {
                assertThat(e.logSource().service()).isEqualTo("security");
                assertThat(id).isIn(4624L, 4625L, 4634L, 4688L);
            }
        }
        assertThat(ids).contains(1L, 4624L, 4634L, 4688L);
    }

    @Test
    void windowsEventsHaveTheShapeOfSigmaHqRegressionData() throws IOException {
        Path regression = SharedData.dir("sigma/regression_data/rules/windows");
        JsonNode sysmonSample = JSON.readTree(regression.resolve(
                "process_creation/proc_creation_win_curl_custom_user_agent/85de1f22-d189-44e4-8239-dc276b45379b.json").toFile());
        JsonNode securitySample = JSON.readTree(regression.resolve(
                "builtin/security/win_security_explicit_credential_local_logon/e3c6d245-7b8f-4e2a-c17f-a9d0e5b38f62.json")
                .toFile());
        boolean sawSysmon = false;
        boolean sawSecurity = false;
        for (GeneratedLines.Line l : day.of(TelemetryStream.WINDOWS)) {
            JsonNode ours = JSON.readTree(l.text());
            assertThat(names(ours)).containsExactly("Event");
            assertThat(names(ours.get("Event"))).containsExactly("#attributes", "System", "EventData");
            boolean sysmon = ours.at("/Event/System/EventID").asInt() == 1;
            JsonNode sample = sysmon ? sysmonSample : securitySample;
            assertThat(names(ours.at("/Event/System"))).containsExactlyElementsOf(names(sample.at("/Event/System")));
            assertThat(ours.at("/Event/System/EventID").isInt()).isTrue();
            assertThat(ours.at("/Event/System/TimeCreated/#attributes/SystemTime").asText())
                    .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}Z");
            if (sysmon) {
                assertThat(names(ours.at("/Event/EventData")))
                        .containsExactlyElementsOf(names(sysmonSample.at("/Event/EventData")));
                sawSysmon = true;
            } else {
                sawSecurity = true;
            }
        }
        assertThat(sawSysmon).isTrue();
        assertThat(sawSecurity).isTrue();
    }

    @Test
    void ehrLinesAreFhirAuditEventsThatMapToTheEhrFields() throws IOException {
        Set<String> actions = new HashSet<>();
        for (GeneratedLines.Line l : both(TelemetryStream.EHR)) {
            JsonNode json = JSON.readTree(l.text());
            assertThat(json.path("resourceType").asText()).isEqualTo("AuditEvent");
            assertThat(json.path("type").path("code").asText()).isEqualTo("rest");
            assertThat(json.path("recorded").asText()).endsWith("+07:00");
            Event e = new vn.gov.moh.soc.core.parse.EventReader().parseLine(l.text(),
                    vn.gov.moh.soc.core.parse.InputFormat.JSONL);
            assertThat(e.logSource()).isEqualTo(vn.gov.moh.soc.core.parse.FhirAuditEventParser.LOG_SOURCE);
            assertThat(e.timestamp()).isEqualTo(instant(l.nanos()).truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
            assertThat(e.text("user.name")).matches("[a-z]+(\\.[a-z]+)+\\d*");
            assertThat(e.text("source.ip")).startsWith("10.10.");
            assertThat(e.text("ehr.purpose_of_use")).isIn("TREAT", "ETREAT", "HPAYMT");
            assertThat(e.text("organization.id")).isEqualTo("bv-bach-mai");
            assertThat(e.text("host.name")).isEqualTo("fhir-gw-01.bvbachmai.vn");
            String action = e.text("event.action");
            actions.add(action);
            if (action.equals("read")) {
                assertThat(e.text("ehr.patient.id")).as(l.text()).matches("\\d+");
                assertThat(e.text("ehr.resource_type")).isNotBlank();
            }
        }
        assertThat(actions).containsExactlyInAnyOrder("read", "search", "create", "update");
    }

    @Test
    void firewallLinesAreUfwKernelSyslog() {
        boolean v6 = false;
        for (GeneratedLines.Line l : both(TelemetryStream.FIREWALL)) {
            Event e = parse(l);
            assertThat(e.logSource().product()).isEqualTo("linux");
            assertThat(e.logSource().service()).isEqualTo("kernel");
            assertThat(e.text("message")).matches("\\[ *\\d+\\.\\d{6}\\] \\[UFW (BLOCK|ALLOW)\\] IN=ens192 OUT= MAC=\\S+ SRC=\\S+ DST=\\S+ .*PROTO=(TCP|UDP) SPT=\\d+ DPT=\\d+.*");
            assertSameSecond(e, l);
            v6 |= l.text().contains("SRC=2001:0db8:");
        }
        assertThat(v6).as("some IPv6 packets, written expanded").isTrue();
    }

    private static void assertSameSecond(Event e, GeneratedLines.Line l) {
        assertThat(e.timestamp()).as(l.text()).isEqualTo(instant(l.nanos()).truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }

    private static Instant instant(long nanos) {
        return Instant.ofEpochSecond(0, nanos);
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        Iterator<String> it = node.fieldNames();
        it.forEachRemaining(names::add);
        return names;
    }

    @Test
    void nightHasEmergencyReadsButStillEveryStream() {
        assertThat(night.lines).extracting(GeneratedLines.Line::stream).contains(TelemetryStream.values());
        assertThat(Duration.ofNanos(night.lines.get(night.lines.size() - 1).nanos() - night.lines.get(0).nanos()))
                .isBetween(Duration.ofSeconds(40), Duration.ofSeconds(80));
    }
}
