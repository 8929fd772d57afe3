package vn.gov.moh.soc.core.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigmaCommandTest {
    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new SigmaCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path rule(String name, String yaml) throws Exception {
        return Files.writeString(dir.resolve(name), yaml);
    }

    @Test
    void checkCountsRulesAndNamesEachRejectionWithItsReason() throws Exception {
        rule("good.yml", "title: good\nid: g1\nlogsource: {product: linux}\ndetection:\n  s: {a: 1}\n  condition: s\n");
        rule("bad.yml", "title: bad\nid: b1\nlogsource: {product: linux}\ndetection:\n  s: {a|frob: 1}\n  condition: s\n");

        int exit = run("check", dir.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(out()).contains("loaded: 1 detection rules").contains("rejected: 1")
                .contains("bad.yml [b1]: search 's': unknown modifier 'frob'");
    }

    @Test
    void checkOfGoodRulesExitsZero() throws Exception {
        rule("good.yml", "title: good\nlogsource: {product: linux}\ndetection:\n  s: {a: 1}\n  condition: s\n");
        assertThat(run("check", dir.toString())).isZero();
    }

    @Test
    void scanPrintsAlertsAsJsonLinesAndReportsSkippedRecords() throws Exception {
        Path rules = rule("r.yml", "title: Root login\nid: r1\nlevel: high\ntags: [attack.t1078]\nlogsource: {product: linux, service: sshd}\n"
                + "detection:\n  s: {user.name: root, event.outcome: success}\n  condition: s\n");
        Path log = Files.writeString(dir.resolve("auth.log"),
                "Nov 21 10:00:00 h sshd[1]: Accepted password for root from 10.0.0.1 port 22 ssh2\n"
                        + "garbage that is no syslog\n"
                        + "Nov 21 10:00:01 h sshd[1]: Accepted password for an from 10.0.0.2 port 22 ssh2\n");

        int exit = run("scan", "--rules", rules.toString(), "--input", log.toString(), "--format", "syslog");

        assertThat(exit).as("a record was skipped").isEqualTo(1);
        assertThat(out().lines().toList()).singleElement().satisfies(line -> assertThat(line)
                .contains("\"rule_id\":\"r1\"").contains("\"level\":\"high\"").contains("\"tags\":[\"attack.t1078\"]")
                .contains("\"source\":{\"ip\":\"10.0.0.1\""));
        assertThat(err()).contains("record 2 skipped").contains("2 events")
                .contains("1 alerts").contains("1 records skipped");
    }

    @Test
    void wrongUsageIsNamedAndExitsTwo() {
        assertThat(run("scan", "--rules", dir.toString())).isEqualTo(2);
        assertThat(err()).contains("--input");
        assertThat(run("scan", "--rules", dir.toString(), "--input", "x", "--format", "xml")).isEqualTo(2);
        assertThat(err()).contains("unknown format 'xml'");
        assertThat(run("check", dir.resolve("missing").toString())).isEqualTo(2);
        assertThat(err()).contains("does not exist");
        assertThat(run("frobnicate")).isEqualTo(2);
    }
}
