package vn.gov.moh.soc.agent.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gov.moh.soc.core.event.Event;

/**
 * Each scenario, mixed into normal traffic and run through soc-core's detector, raises the alerts
 * it is meant to raise, and the scenario report names what the alerts are grouped by.
 */
class ScenarioDetectionTest {
    private static final String BRUTE_FORCE = "SSH Brute Force From One Source";
    private static final String SPRAYING = "SSH Password Spraying From One Source";
    private static final String SUCCESS_AFTER_FAILURES = "SSH Login Succeeds After Many Failures";
    private static final String PORTAL_SQLI = "SQL Injection Attempt On A Hospital Portal";
    private static final String SNOOPING = "EHR Snooping - One User Opens Many Patients' Records";
    private static final String BULK_EXPORT = "EHR Bulk Export Of Patient Records";

    /** Ten minutes of a unit at 09:00 Vietnam time with the scenario starting after one minute. */
    private static GeneratedLines run(String scenario, long seed) {
        return GeneratedLines.run(GeneratedLines.settings("2026-11-21T02:00:00Z", 20, seed,
                ScenarioSpec.parse(scenario + "@60")), GenerationLimits.span(Duration.ofMinutes(12)));
    }

    private static ScenarioReport report(GeneratedLines g) {
        assertThat(g.summary.scenarios()).hasSize(1);
        return g.summary.scenarios().get(0);
    }

    private static List<Detections.Hit> hits(List<Detections.Hit> all, String title) {
        return all.stream().filter(h -> h.title().equals(title)).toList();
    }

    @Test
    void sshBruteForceFiresForTheAttackerOnly() {
        for (long seed = 1; seed <= 5; seed++) {
            GeneratedLines g = run("ssh-brute-force", seed);
            ScenarioReport r = report(g);
            List<Detections.Hit> all = Detections.run(Detections.projectRules(), g.events());
            assertThat(hits(all, BRUTE_FORCE)).as("seed %d", seed).isNotEmpty()
                    .allSatisfy(h -> assertThat(h.group()).isEqualTo(Map.of("source.ip", r.sourceIp())));
            assertThat(Detections.titles(all)).as("seed %d", seed).doesNotContain(SPRAYING, SUCCESS_AFTER_FAILURES);
            assertThat(r.host()).endsWith(".bvbachmai.vn");
            assertThat(r.user()).isIn("root", "admin", "oracle");
        }
    }

    @Test
    void sshBruteForceWithSuccessAlsoFiresTheChainedCorrelation() {
        GeneratedLines g = run("ssh-brute-force-success", 3);
        ScenarioReport r = report(g);
        List<Detections.Hit> all = Detections.run(Detections.projectRules(), g.events());
        assertThat(hits(all, BRUTE_FORCE)).isNotEmpty();
        assertThat(hits(all, SUCCESS_AFTER_FAILURES)).hasSize(1)
                .allSatisfy(h -> assertThat(h.group()).isEqualTo(Map.of("source.ip", r.sourceIp())));
        // The account that was guessed is a real administrator of the unit, whose session opens.
        assertThat(g.lines).anySatisfy(l -> assertThat(l.text())
                .contains("Accepted password for " + r.user() + " from " + r.sourceIp() + " port "));
    }

    @Test
    void passwordSprayingFiresSprayingButNotBruteForce() {
        for (long seed = 1; seed <= 5; seed++) {
            GeneratedLines g = run("password-spraying", seed);
            ScenarioReport r = report(g);
            List<Detections.Hit> all = Detections.run(Detections.projectRules(), g.events());
            assertThat(hits(all, SPRAYING)).as("seed %d", seed).isNotEmpty()
                    .allSatisfy(h -> assertThat(h.group()).isEqualTo(Map.of("source.ip", r.sourceIp())));
            assertThat(Detections.titles(all)).as("seed %d", seed).doesNotContain(BRUTE_FORCE, SUCCESS_AFTER_FAILURES);
            assertThat(r.users()).hasSizeBetween(6, 8).doesNotHaveDuplicates();
            assertThat(r.user()).isNull();
        }
    }

    @Test
    void sqlInjectionFiresThePortalRuleForEveryInjectedRequest() {
        GeneratedLines g = run("sql-injection", 4);
        ScenarioReport r = report(g);
        List<Detections.Hit> all = Detections.run(Detections.projectRules(), g.events());
        List<Detections.Hit> sqli = hits(all, PORTAL_SQLI);
        assertThat(sqli).hasSize(8).allSatisfy(h -> assertThat(h.event().text("source.ip")).isEqualTo(r.sourceIp()));
        assertThat(Detections.titles(all)).containsOnly(PORTAL_SQLI);
        // No marker in the user agent: the attacker looks like an ordinary browser.
        assertThat(sqli).allSatisfy(h -> assertThat(h.event().text("user_agent.original"))
                .isIn((Object[]) WebTraffic.DESKTOP_AGENTS));
    }

    @Test
    void sqlInjectionAlsoFiresSigmaHqsWebRule() {
        GeneratedLines g = run("sql-injection", 4);
        ScenarioReport r = report(g);
        List<Detections.Hit> all = Detections.run(Detections.sigmaHqRules(), g.events());
        assertThat(hits(all, "SQL Injection Strings In URI")).hasSizeGreaterThanOrEqualTo(5)
                .allSatisfy(h -> assertThat(h.event().text("source.ip")).isEqualTo(r.sourceIp()));
    }

    @Test
    void ransomwarePrecursorsFireSigmaHqProcessCreationRules() {
        for (long seed = 1; seed <= 2; seed++) {
            GeneratedLines g = run("ransomware-precursors", seed);
            ScenarioReport r = report(g);
            List<Detections.Hit> all = Detections.run(Detections.sigmaHqRules(), g.events());
            List<Detections.Hit> shadow = hits(all, "Shadow Copies Deletion Using Operating Systems Utilities");
            List<Detections.Hit> boot = hits(all, "Boot Configuration Tampering Via Bcdedit.EXE");
            // vssadmin, wmic and wbadmin delete; bcdedit twice (recovery disabled, failures ignored).
            assertThat(shadow).extracting(h -> h.event().text("process.pe.original_file_name"))
                    .containsExactlyInAnyOrder("VSSADMIN.EXE", "wmic.exe", "WBADMIN.EXE");
            assertThat(boot).hasSize(2);
            for (Detections.Hit h : shadow) {
                assertThat(h.event().text("host.name")).isEqualTo(r.host());
                assertThat(h.event().text("winlog.event_data.User")).endsWith("\\" + r.user());
            }
            // Our own rules see it without SigmaHQ's (./soc up loads only ours): each of the five
            // commands alone, and the sequence on the one host as ransomware preparation.
            List<Detections.Hit> ours = Detections.run(Detections.projectRules(), g.events());
            assertThat(hits(ours, "Windows Recovery Inhibited - Shadow Copies, Backup Catalog Or Boot Recovery")).hasSize(5);
            assertThat(hits(ours, "Ransomware Preparation On One Windows Host")).singleElement()
                    .satisfies(h -> assertThat(h.group()).containsEntry("host.name", r.host()));
            // The RDP logon that opened the way came from the reported address.
            assertThat(g.events()).filteredOn(e -> Long.valueOf(4624).equals(e.get("winlog.event_id"))
                    && r.sourceIp().equals(e.get("winlog.event_data.IpAddress"))).hasSize(1);
        }
    }

    @Test
    void ehrSnoopingFiresForTheInsider() {
        for (long seed = 1; seed <= 3; seed++) {
            GeneratedLines g = run("ehr-snooping", seed);
            ScenarioReport r = report(g);
            List<Event> events = g.events();
            List<Detections.Hit> all = Detections.run(Detections.projectRules(), events);
            assertThat(hits(all, SNOOPING)).as("seed %d", seed).isNotEmpty()
                    .allSatisfy(h -> assertThat(h.group()).isEqualTo(Map.of("user.name", r.user())));
            assertThat(Detections.titles(all)).as("seed %d", seed).containsOnly(SNOOPING);
            assertThat(r.sourceIp()).startsWith("10.10.");
            assertThat(r.host()).isEqualTo("fhir-gw-01.bvbachmai.vn");
        }
    }

    @Test
    void ehrBulkExportFiresForTheExportingUserOnly() {
        for (long seed = 1; seed <= 3; seed++) {
            GeneratedLines g = run("ehr-bulk-export", seed);
            ScenarioReport r = report(g);
            List<Detections.Hit> all = Detections.run(Detections.projectRules(), g.events());
            List<Detections.Hit> export = hits(all, BULK_EXPORT);
            // Every wide search (500 records or more) and the $export itself, and nothing of the
            // other users' EHR traffic around them.
            assertThat(export).as("seed %d", seed).hasSize((int) r.lines())
                    .allSatisfy(h -> assertThat(h.event().text("user.name")).isEqualTo(r.user()));
            assertThat(export).extracting(h -> h.event().text("event.action")).containsOnly("search", "export")
                    .containsOnlyOnce("export");
            assertThat(export).allSatisfy(h -> assertThat(((Number) h.event().get("ehr.record_count")).longValue())
                    .isGreaterThanOrEqualTo(500));
            assertThat(Detections.titles(all)).as("seed %d", seed).containsOnly(BULK_EXPORT);
            assertThat(r.lines()).isBetween(3, 5);
            assertThat(r.host()).isEqualTo("fhir-gw-01.bvbachmai.vn");
            assertThat(g.events()).filteredOn(e -> e.get("ehr.purpose_of_use") != null && !r.user().equals(e.get("user.name")))
                    .isNotEmpty();
        }
    }

    @Test
    void theReportTellsWhenTheScenarioRanAndHowManyLinesItWrote() {
        GeneratedLines g = run("ssh-brute-force", 9);
        ScenarioReport r = report(g);
        long fromAttacker = g.lines.stream().filter(l -> l.text().contains(r.sourceIp())).count();
        assertThat(fromAttacker).isEqualTo(r.lines());
        assertThat(r.started()).isEqualTo("2026-11-21T02:01:00Z");
        assertThat(r.ended()).isAfter(r.started()).isBefore(r.started().plusSeconds(120));
        assertThat(r.toJson()).startsWith("{\"scenario\":\"ssh-brute-force\",\"unit\":\"bv-bach-mai\",\"started\":\"2026-11-21T02:01:00Z\"")
                .contains("\"source_ip\":\"" + r.sourceIp() + "\"", "\"user\":\"" + r.user() + "\"",
                        "\"host\":\"" + r.host() + "\"");
    }

    @Test
    void aScenarioTargetsTheUnitItNames() {
        TelemetryGenerator.Settings settings = new TelemetryGenerator.Settings(
                List.of(UnitCatalog.unit("bv-bach-mai"), UnitCatalog.unit("bv-cho-ray")), 20, 5,
                java.time.Instant.parse("2026-11-21T02:00:00Z"), List.of(ScenarioSpec.parse("ehr-snooping@30:bv-cho-ray")));
        GeneratedLines g = GeneratedLines.run(settings, GenerationLimits.span(Duration.ofMinutes(10)));
        ScenarioReport r = report(g);
        assertThat(r.unit()).isEqualTo("bv-cho-ray");
        assertThat(r.host()).isEqualTo("fhir-gw-01.bvchoray.vn");
        assertThat(g.lines).filteredOn(l -> l.text().contains("\"value\":\"" + r.user() + "\""))
                .extracting(GeneratedLines.Line::unit).containsOnly("bv-cho-ray");
        assertThat(g.lines).extracting(GeneratedLines.Line::unit).contains("bv-bach-mai", "bv-cho-ray");
    }
}
