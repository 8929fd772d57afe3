package vn.gov.moh.soc.core.sigma;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.gov.moh.soc.core.event.Event;
import vn.gov.moh.soc.core.event.EventJson;
import vn.gov.moh.soc.core.parse.AccessLogParser;
import vn.gov.moh.soc.core.parse.SyslogParser;

/** The platform's own rules (../rules): a positive and a negative case each, on events from our parsers. */
class HealthRulesTest {
    private static RuleLibrary library;
    private static final SyslogParser SYSLOG = new SyslogParser(ZoneId.of("Asia/Ho_Chi_Minh"),
            Clock.fixed(Instant.parse("2026-11-21T12:00:00Z"), ZoneOffset.UTC));
    private static final AccessLogParser ACCESS = new AccessLogParser();

    @BeforeAll
    static void load() {
        Path rules = Path.of(System.getProperty("soc.rules.dir", "../rules"));
        library = RuleLibrary.load(List.of(rules));
        assertThat(library.rejected()).extracting(Exception::getMessage).isEmpty();
        assertThat(library.ruleSet().size()).isEqualTo(8);
        assertThat(library.correlators()).hasSize(5);
    }

    private static List<String> titles(List<Event> events) {
        Detector detector = new Detector(library);
        List<String> titles = new ArrayList<>();
        for (Event e : events) {
            for (Alert a : detector.process(e)) {
                titles.add(a instanceof Alert.RuleMatch m ? m.rule().title() : ((Alert.Correlation) a).alert().rule().title());
            }
        }
        return titles;
    }

    private static Event ssh(int second, String message) {
        return SYSLOG.parse(String.format("Nov 21 10:%02d:%02d his-app-01 sshd[4242]: %s", second / 60, second % 60, message));
    }

    private static List<Event> failures(String ip, int count, int everySeconds, String... users) {
        List<Event> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String user = users.length == 0 ? "root" : users[i % users.length];
            out.add(ssh(i * everySeconds, "Failed password for " + user + " from " + ip + " port " + (40000 + i) + " ssh2"));
        }
        return out;
    }

    @Test
    void bruteForceFiresAtEightFailuresWithin120Seconds() {
        assertThat(titles(failures("203.0.113.9", 8, 10))).containsExactly("SSH Brute Force From One Source");
        assertThat(titles(failures("203.0.113.9", 7, 10))).isEmpty();
    }

    @Test
    void bruteForceIgnoresSlowFailures() {
        assertThat(titles(failures("203.0.113.9", 8, 20))).doesNotContain("SSH Brute Force From One Source");
    }

    @Test
    void passwordSprayingNeedsFiveUserNames() {
        assertThat(titles(failures("198.51.100.7", 5, 70, "an", "binh", "cuong", "dung", "em")))
                .contains("SSH Password Spraying From One Source");
        assertThat(titles(failures("198.51.100.7", 6, 70, "an", "binh")))
                .doesNotContain("SSH Password Spraying From One Source");
    }

    @Test
    void successAfterFailuresFromTheSameSource() {
        List<Event> events = failures("192.0.2.50", 5, 30);
        events.add(ssh(200, "Accepted password for root from 192.0.2.50 port 50000 ssh2"));
        assertThat(titles(events)).contains("SSH Login Succeeds After Many Failures");

        List<Event> otherSource = failures("192.0.2.50", 5, 30);
        otherSource.add(ssh(200, "Accepted password for root from 192.0.2.51 port 50000 ssh2"));
        assertThat(titles(otherSource)).doesNotContain("SSH Login Succeeds After Many Failures");
    }

    @Test
    void singleLoginsRaiseNoAlertOfTheirOwn() {
        assertThat(titles(List.of(ssh(1, "Failed password for an from 10.0.0.1 port 1 ssh2"),
                ssh(2, "Accepted publickey for an from 10.0.0.1 port 2 ssh2")))).isEmpty();
    }

    private static Event web(String request) {
        return ACCESS.parse("203.0.113.77 - - [21/Nov/2026:10:00:00 +0700] \"GET " + request
                + " HTTP/1.1\" 200 512 \"-\" \"sqlmap/1.8\"");
    }

    @Test
    void sqlInjectionOnThePortal() {
        assertThat(titles(List.of(web("/dat-lich-kham?id=1%27%20or%20%271%27%3D%271")))).contains(
                "SQL Injection Attempt On A Hospital Portal");
        assertThat(titles(List.of(web("/dat-lich-kham?id=42&khoa=noi")))).isEmpty();
    }

    @Test
    void pathTraversalAndSecretsFiles() {
        assertThat(titles(List.of(web("/static/../../etc/passwd")))).contains(
                "Path Traversal Or Secrets File Request On A Hospital Portal");
        assertThat(titles(List.of(web("/.env")))).contains("Path Traversal Or Secrets File Request On A Hospital Portal");
        assertThat(titles(List.of(web("/static/css/app.css")))).isEmpty();
    }

    private static Event ehr(String time, String user, String action, String patient, String purpose, Long count) {
        String json = "{\"@timestamp\":\"" + time + "\",\"user\":{\"name\":\"" + user + "\"},\"event\":{\"action\":\""
                + action + "\"},\"ehr\":{" + (patient == null ? "" : "\"patient\":{\"id\":\"" + patient + "\"},")
                + "\"purpose_of_use\":\"" + purpose + "\"" + (count == null ? "" : ",\"record_count\":" + count)
                + "},\"soc\":{\"logsource\":{\"product\":\"ehr\",\"service\":\"audit\"}}}";
        return EventJson.read(json);
    }

    @Test
    void snoopingOnMoreThanTwentyPatientsInTenMinutes() {
        List<Event> many = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            many.add(ehr("2026-11-21T03:%02d:00Z".formatted(i / 3), "bs.hoa", "read", "BN" + i, "TREAT", null));
        }
        assertThat(titles(many)).contains("EHR Snooping - One User Opens Many Patients' Records");

        List<Event> fewPatients = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            fewPatients.add(ehr("2026-11-21T03:%02d:00Z".formatted(i / 10), "bs.hoa", "read", "BN" + (i % 5), "TREAT", null));
        }
        assertThat(titles(fewPatients)).isEmpty();
    }

    @Test
    void readingOutsideWorkingHoursUnlessEmergency() {
        // 22:30 in Ha Noi is 15:30 UTC.
        assertThat(titles(List.of(ehr("2026-11-21T15:30:00Z", "dd.lan", "read", "BN7", "TREAT", null))))
                .contains("EHR Record Read Outside Working Hours");
        assertThat(titles(List.of(ehr("2026-11-21T15:30:00Z", "dd.lan", "read", "BN7", "ETREAT", null)))).isEmpty();
        // 09:00 in Ha Noi is 02:00 UTC.
        assertThat(titles(List.of(ehr("2026-11-21T02:00:00Z", "dd.lan", "read", "BN7", "TREAT", null)))).isEmpty();
    }

    @Test
    void breakTheGlass() {
        assertThat(titles(List.of(ehr("2026-11-21T02:00:00Z", "bs.nam", "read", "BN9", "BTG", null))))
                .contains("EHR Break-The-Glass Access");
        assertThat(titles(List.of(ehr("2026-11-21T02:00:00Z", "bs.nam", "read", "BN9", "TREAT", null))))
                .doesNotContain("EHR Break-The-Glass Access");
    }

    @Test
    void bulkExport() {
        assertThat(titles(List.of(ehr("2026-11-21T02:00:00Z", "it.khoa", "export", null, "HOPERAT", null))))
                .contains("EHR Bulk Export Of Patient Records");
        assertThat(titles(List.of(ehr("2026-11-21T02:00:00Z", "it.khoa", "search", null, "HOPERAT", 800L))))
                .contains("EHR Bulk Export Of Patient Records");
        assertThat(titles(List.of(ehr("2026-11-21T02:00:00Z", "it.khoa", "search", null, "HOPERAT", 12L)))).isEmpty();
    }
}
