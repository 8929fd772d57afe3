package vn.gov.moh.soc.core.sigma;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.gov.moh.soc.core.event.DrillMark;
import vn.gov.moh.soc.core.event.Event;
import vn.gov.moh.soc.core.parse.SyslogParser;

/**
 * A drill's mark on events reaches their alerts: a rule match copies it with the event, a
 * correlation keeps it in its group, so drill and real events of one source are never counted
 * together and only the drill's alert is marked.
 */
class DrillMarkDetectionTest {
    private static final String BRUTE_FORCE = "SSH Brute Force From One Source";
    private static RuleLibrary library;
    private static final SyslogParser SYSLOG = new SyslogParser(ZoneId.of("Asia/Ho_Chi_Minh"),
            Clock.fixed(Instant.parse("2026-11-21T12:00:00Z"), ZoneOffset.UTC));

    @BeforeAll
    static void load() {
        library = RuleLibrary.load(List.of(Path.of(System.getProperty("soc.rules.dir", "../rules"))));
        assertThat(library.rejected()).isEmpty();
    }

    private static Event failure(int second, String drill) {
        Event e = SYSLOG.parse(String.format("Nov 21 10:%02d:%02d his-app-01 sshd[4242]: Failed password for root from"
                + " 203.0.113.9 port %d ssh2", second / 60, second % 60, 40000 + second));
        e.put("event.id", "e" + second + (drill == null ? "" : "-" + drill));
        return drill == null ? e : e.put(DrillMark.FIELD, drill);
    }

    private static List<Event> documents(List<Event> events) {
        Detector detector = new Detector(library);
        List<Event> out = new ArrayList<>();
        for (Event e : events) {
            detector.process(e).forEach(a -> out.add(AlertDocument.of(a)));
        }
        return out;
    }

    private static List<Event> bruteForce(List<Event> docs) {
        return docs.stream().filter(d -> BRUTE_FORCE.equals(d.get("rule.name"))).toList();
    }

    @Test
    void aDrillsBruteForceIsMarkedAndCountedApartFromRealFailures() {
        List<Event> events = new ArrayList<>();
        // 8 drill failures and 7 real ones from the same source, interleaved within 2 minutes:
        // counted together they would make two bursts; apart, only the drill's reaches 8.
        for (int i = 0; i < 8; i++) {
            events.add(failure(i * 7, "drill-1"));
            if (i < 7) {
                events.add(failure(i * 7 + 3, null));
            }
        }
        List<Event> docs = documents(events);
        List<Event> alerts = bruteForce(docs);
        assertThat(alerts).hasSize(1);
        assertThat(alerts.get(0).get(DrillMark.FIELD)).isEqualTo("drill-1");
        assertThat(alerts.get(0).text("soc.alert.group_key")).contains("labels.soc_drill=drill-1");
        // the single-event rule's alerts carry their event's mark, or none
        List<Event> matches = docs.stream().filter(d -> !BRUTE_FORCE.equals(d.get("rule.name"))).toList();
        assertThat(matches).isNotEmpty();
        assertThat(matches).allSatisfy(d -> {
            String cited = ((List<?>) d.get("soc.alert.event_ids")).get(0).toString();
            assertThat(d.get(DrillMark.FIELD)).isEqualTo(cited.endsWith("-drill-1") ? "drill-1" : null);
        });
        assertThat(matches).anySatisfy(d -> assertThat(d.has(DrillMark.FIELD)).isFalse());
    }

    @Test
    void realFailuresAloneRaiseAnUnmarkedAlertAsBefore() {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            events.add(failure(i * 7, null));
        }
        List<Event> alerts = bruteForce(documents(events));
        assertThat(alerts).hasSize(1);
        assertThat(alerts.get(0).has(DrillMark.FIELD)).isFalse();
        assertThat(alerts.get(0).text("soc.alert.group_key")).doesNotContain("soc_drill");
    }

    @Test
    void twoDrillsAtOnceAreCountedApart() {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            events.add(failure(i * 7, "drill-1"));
            events.add(failure(i * 7 + 1, i < 7 ? "drill-2" : "drill-1"));
        }
        assertThat(bruteForce(documents(events))).extracting(d -> d.get(DrillMark.FIELD)).containsExactly("drill-1");
    }

    @Test
    void aDrillsFailuresThenLoginRaiseTheChainedCorrelationMarked() {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            events.add(failure(i * 7, "drill-3"));
        }
        Event login = SYSLOG.parse("Nov 21 10:01:00 his-app-01 sshd[4243]: Accepted password for root from 203.0.113.9"
                + " port 41000 ssh2");
        login.put("event.id", "login-drill-3");
        events.add(login.put(DrillMark.FIELD, "drill-3"));
        List<Event> chained = documents(events).stream()
                .filter(d -> "3f0a1c52-6a7e-4c1b-9a54-2f7d1e0b8c05".equals(d.get("rule.id"))).toList();
        assertThat(chained).hasSize(1);
        assertThat(chained.get(0).get(DrillMark.FIELD)).isEqualTo("drill-3");
    }

    @Test
    void drillIdsAreChecked() {
        assertThat(DrillMark.check("DR-2026.0001_a")).isEqualTo("DR-2026.0001_a");
        assertThatThrownBy(() -> DrillMark.check("")).hasMessageContaining("''");
        assertThatThrownBy(() -> DrillMark.check(null)).hasMessageContaining("none given");
        assertThatThrownBy(() -> DrillMark.check("-x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DrillMark.check("a/b")).hasMessageContaining("'a/b'");
    }
}
