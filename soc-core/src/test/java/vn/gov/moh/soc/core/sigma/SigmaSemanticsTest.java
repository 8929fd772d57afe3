package vn.gov.moh.soc.core.sigma;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gov.moh.soc.core.event.Event;
import vn.gov.moh.soc.core.event.LogSource;
import vn.gov.moh.soc.core.sigma.eval.CompiledRule;
import vn.gov.moh.soc.core.sigma.eval.RuleCompiler;
import vn.gov.moh.soc.core.sigma.mapping.FieldMapping;
import vn.gov.moh.soc.core.sigma.mapping.Placeholders;
import vn.gov.moh.soc.core.sigma.rule.RuleException;
import vn.gov.moh.soc.core.sigma.rule.SigmaDocuments;
import vn.gov.moh.soc.core.sigma.rule.SigmaRuleParser;

/** The detection semantics of the Sigma specification, one behaviour per test, each with a match and a miss. */
class SigmaSemanticsTest {
    private static final RuleCompiler COMPILER = new RuleCompiler(FieldMapping.identity(),
            new Placeholders(Map.of("admins", List.of("adm_*", "root"))));

    /** A rule with the given detection lines (indented under detection:). */
    private static CompiledRule rule(String detection) {
        String yaml = "title: t\nid: 00000000-0000-0000-0000-000000000001\nlogsource:\n  product: test\ndetection:\n"
                + detection.indent(2);
        SigmaDocuments docs = SigmaRuleParser.parse(yaml, "test.yml");
        if (!docs.rejected().isEmpty()) {
            throw docs.rejected().get(0);
        }
        return COMPILER.compile(docs.rules().get(0));
    }

    private static Event event(Object... keyValues) {
        Event e = new Event();
        for (int i = 0; i < keyValues.length; i += 2) {
            e.put((String) keyValues[i], keyValues[i + 1]);
        }
        return e.logSource(LogSource.of("test", null));
    }

    @Test
    void plainValuesMatchWholeValuesCaseInsensitively() {
        CompiledRule r = rule("sel:\n  Image: 'C:\\Windows\\cmd.exe'\ncondition: sel");
        assertThat(r.matches(event("Image", "c:\\windows\\CMD.EXE"))).isTrue();
        assertThat(r.matches(event("Image", "C:\\Windows\\cmd.exe.bak"))).isFalse();
        assertThat(r.matches(event("Other", "C:\\Windows\\cmd.exe"))).isFalse();
    }

    @Test
    void wildcardsAndTheirEscapes() {
        CompiledRule star = rule("sel:\n  f: 'a*c?e'\ncondition: sel");
        assertThat(star.matches(event("f", "abbbcde"))).isTrue();
        assertThat(star.matches(event("f", "ace"))).isFalse();
        CompiledRule escaped = rule("sel:\n  f: 'a\\*b\\?'\ncondition: sel");
        assertThat(escaped.matches(event("f", "a*b?"))).isTrue();
        assertThat(escaped.matches(event("f", "axbz"))).isFalse();
        // A backslash before an ordinary character is a plain backslash; '\\\\*' is a backslash then a wildcard.
        CompiledRule path = rule("sel:\n  f: 'C:\\Temp\\\\*'\ncondition: sel");
        assertThat(path.matches(event("f", "C:\\Temp\\x.exe"))).isTrue();
        assertThat(path.matches(event("f", "C:\\Tempx"))).isFalse();
    }

    @Test
    void containsStartsWithEndsWith() {
        assertThat(rule("s:\n  f|contains: mimi\ncondition: s").matches(event("f", "xxMIMIkatz"))).isTrue();
        assertThat(rule("s:\n  f|startswith: mimi\ncondition: s").matches(event("f", "xxmimikatz"))).isFalse();
        assertThat(rule("s:\n  f|startswith: mimi\ncondition: s").matches(event("f", "mimikatz"))).isTrue();
        assertThat(rule("s:\n  f|endswith: '.exe'\ncondition: s").matches(event("f", "a.exe"))).isTrue();
        assertThat(rule("s:\n  f|endswith: '.exe'\ncondition: s").matches(event("f", "a.exe.txt"))).isFalse();
    }

    @Test
    void listsAreOrUnlessAll() {
        CompiledRule any = rule("s:\n  f|contains:\n    - ' -enc '\n    - ' -e '\ncondition: s");
        CompiledRule all = rule("s:\n  f|contains|all:\n    - ' -nop '\n    - ' -w hidden '\ncondition: s");
        assertThat(any.matches(event("f", "powershell -e abc"))).isTrue();
        assertThat(all.matches(event("f", "powershell -nop -x"))).isFalse();
        assertThat(all.matches(event("f", "powershell -nop -w hidden x"))).isTrue();
    }

    @Test
    void mapsAreAndListsOfMapsAreOr() {
        CompiledRule r = rule("s:\n  - a: 1\n    b: 2\n  - c: 3\ncondition: s");
        assertThat(r.matches(event("a", 1L, "b", 2L))).isTrue();
        assertThat(r.matches(event("a", 1L, "b", 9L))).isFalse();
        assertThat(r.matches(event("c", "3"))).isTrue();
    }

    @Test
    void nullMeansAbsentOrNullAndEmptyMeansEmpty() {
        CompiledRule isNull = rule("s:\n  f: null\ncondition: s");
        assertThat(isNull.matches(event())).isTrue();
        assertThat(isNull.matches(event("f", null))).isTrue();
        assertThat(isNull.matches(event("f", ""))).isFalse();
        CompiledRule empty = rule("s:\n  f: ''\ncondition: s");
        assertThat(empty.matches(event("f", ""))).isTrue();
        assertThat(empty.matches(event())).isFalse();
    }

    @Test
    void keywordsSearchEveryStringValue() {
        CompiledRule r = rule("keywords:\n  - 'Failed password'\n  - 'authentication failure'\ncondition: keywords");
        assertThat(r.matches(event("message", "sshd[1]: Failed password for root"))).isTrue();
        assertThat(r.matches(event("message", "Accepted password for root"))).isFalse();
    }

    @Test
    void existsCasedAndNeq() {
        assertThat(rule("s:\n  f|exists: true\ncondition: s").matches(event("f", null))).isTrue();
        assertThat(rule("s:\n  f|exists: false\ncondition: s").matches(event("f", "x"))).isFalse();
        assertThat(rule("s:\n  f|cased: Admin\ncondition: s").matches(event("f", "admin"))).isFalse();
        assertThat(rule("s:\n  f|cased: Admin\ncondition: s").matches(event("f", "Admin"))).isTrue();
        CompiledRule neq = rule("s:\n  f|neq:\n    - a\n    - b\ncondition: s");
        assertThat(neq.matches(event("f", "c"))).isTrue();
        assertThat(neq.matches(event("f", "B"))).isFalse();
    }

    @Test
    void windashTriesEveryDash() {
        CompiledRule r = rule("s:\n  f|windash|contains: ' -exec bypass'\ncondition: s");
        assertThat(r.matches(event("f", "powershell /exec bypass"))).isTrue();
        assertThat(r.matches(event("f", "powershell \u2013exec bypass"))).isTrue();
        assertThat(r.matches(event("f", "powershell +exec bypass"))).isFalse();
    }

    @Test
    void regularExpressionsWithFlags() {
        assertThat(rule("s:\n  f|re: '^a.c$'\ncondition: s").matches(event("f", "abc"))).isTrue();
        assertThat(rule("s:\n  f|re: '^a.c$'\ncondition: s").matches(event("f", "ABC"))).isFalse();
        assertThat(rule("s:\n  f|re|i: '^a.c$'\ncondition: s").matches(event("f", "ABC"))).isTrue();
        assertThat(rule("s:\n  f|re|s: 'a.c'\ncondition: s").matches(event("f", "a\nc"))).isTrue();
        assertThat(rule("s:\n  f|re: 'a.c'\ncondition: s").matches(event("f", "a\nc"))).isFalse();
        assertThat(rule("s:\n  f|re|m: '^c'\ncondition: s").matches(event("f", "a\nc"))).isTrue();
    }

    @Test
    void aRegexThatNeedsBacktrackingIsRejectedNotRunForever() {
        assertThatThrownBy(() -> rule("s:\n  f|re: '(a+)+\\1'\ncondition: s"))
                .isInstanceOf(RuleException.class)
                .hasMessageContaining("linear-time");
    }

    @Test
    void base64AndItsOffsets() {
        // "ping" in Base64 is "cGluZw=="; at offsets 1 and 2 inside longer text the stable parts differ.
        CompiledRule plain = rule("s:\n  f|base64: ping\ncondition: s");
        assertThat(plain.matches(event("f", "cGluZw=="))).isTrue();
        CompiledRule offset = rule("s:\n  f|base64offset|contains: ping\ncondition: s");
        for (String prefix : List.of("", "x", "xy")) {
            String encoded = java.util.Base64.getEncoder().encodeToString((prefix + "ping pong").getBytes());
            assertThat(offset.matches(event("f", "junk " + encoded))).as("offset " + prefix.length()).isTrue();
        }
        assertThat(offset.matches(event("f", java.util.Base64.getEncoder().encodeToString("pong".getBytes()))))
                .isFalse();
    }

    @Test
    void utf16BeforeBase64() {
        String encoded = java.util.Base64.getEncoder().encodeToString("cmd".getBytes(java.nio.charset.StandardCharsets.UTF_16LE));
        assertThat(rule("s:\n  f|wide|base64: cmd\ncondition: s").matches(event("f", encoded))).isTrue();
        assertThat(rule("s:\n  f|base64: cmd\ncondition: s").matches(event("f", encoded))).isFalse();
    }

    @Test
    void numericComparisons() {
        CompiledRule r = rule("s:\n  bytes|gte: 1000\ncondition: s");
        assertThat(r.matches(event("bytes", 1000L))).isTrue();
        assertThat(r.matches(event("bytes", "2500"))).isTrue();
        assertThat(r.matches(event("bytes", 999L))).isFalse();
        assertThat(r.matches(event("bytes", "lots"))).isFalse();
        assertThat(rule("s:\n  n|lt: 5\ncondition: s").matches(event("n", 4.5))).isTrue();
    }

    @Test
    void timeModifiersReadTheDateInUtc() {
        CompiledRule night = rule("s:\n  '@timestamp|hour|gte': 22\ncondition: s");
        assertThat(night.matches(event("@timestamp", "2026-11-21T23:10:00Z"))).isTrue();
        assertThat(night.matches(event("@timestamp", "2026-11-21T23:10:00+07:00"))).isFalse();
        assertThat(rule("s:\n  '@timestamp|month': 11\ncondition: s").matches(event("@timestamp", "2026-11-21T01:00:00Z")))
                .isTrue();
    }

    @Test
    void cidrForIpv4AndIpv6() {
        CompiledRule r = rule("s:\n  ip|cidr:\n    - 10.0.0.0/8\n    - '2001:db8::/32'\ncondition: s");
        assertThat(r.matches(event("ip", "10.20.30.40"))).isTrue();
        assertThat(r.matches(event("ip", "2001:db8:1::5"))).isTrue();
        assertThat(r.matches(event("ip", "11.0.0.1"))).isFalse();
        assertThat(r.matches(event("ip", "2001:db9::1"))).isFalse();
        assertThat(r.matches(event("ip", "not an address"))).isFalse();
    }

    @Test
    void fieldrefComparesTwoFields() {
        CompiledRule r = rule("s:\n  user|fieldref: target\ncondition: s");
        assertThat(r.matches(event("user", "alice", "target", "ALICE"))).isTrue();
        assertThat(r.matches(event("user", "alice", "target", "bob"))).isFalse();
    }

    @Test
    void expandTakesPlaceholderValuesFromConfiguration() {
        CompiledRule r = rule("s:\n  user|expand: '%admins%'\ncondition: s");
        assertThat(r.matches(event("user", "adm_nguyen"))).isTrue();
        assertThat(r.matches(event("user", "root"))).isTrue();
        assertThat(r.matches(event("user", "guest"))).isFalse();
        assertThatThrownBy(() -> rule("s:\n  user|expand: '%unknown%'\ncondition: s"))
                .hasMessageContaining("%unknown%");
    }

    @Test
    void conditionsWithQuantifiersAndPrecedence() {
        String searches = "sel_a:\n  a: 1\nsel_b:\n  b: 1\n_hidden:\n  h: 1\nfilter:\n  f: 1\n";
        assertThat(rule(searches + "condition: 1 of sel_* and not filter").matches(event("b", 1L))).isTrue();
        assertThat(rule(searches + "condition: 1 of sel_* and not filter").matches(event("b", 1L, "f", 1L))).isFalse();
        assertThat(rule(searches + "condition: all of sel_*").matches(event("a", 1L))).isFalse();
        assertThat(rule(searches + "condition: all of sel_*").matches(event("a", 1L, "b", 1L))).isTrue();
        // 'them' leaves out identifiers starting with an underscore.
        assertThat(rule(searches + "condition: 1 of them").matches(event("h", 1L))).isFalse();
        // and binds tighter than or
        assertThat(rule(searches + "condition: sel_a or sel_b and filter").matches(event("a", 1L))).isTrue();
        assertThat(rule(searches + "condition: (sel_a or sel_b) and filter").matches(event("a", 1L))).isFalse();
        // a list of conditions is an OR
        assertThat(rule(searches + "condition:\n  - sel_a\n  - sel_b").matches(event("b", 1L))).isTrue();
    }

    @Test
    void brokenRulesAreRejectedWithTheReason() {
        assertThatThrownBy(() -> rule("s:\n  f|frobnicate: x\ncondition: s")).hasMessageContaining("unknown modifier 'frobnicate'");
        assertThatThrownBy(() -> rule("s:\n  f: x\ncondition: s and missing")).hasMessageContaining("'missing'");
        assertThatThrownBy(() -> rule("s:\n  f: x\ncondition: 1 of nothing*")).hasMessageContaining("matches no search identifier");
        assertThatThrownBy(() -> rule("s:\n  f: x\ncondition: s | count() > 5")).hasMessageContaining("correlation");
        assertThatThrownBy(() -> rule("s:\n  f|re: '('\ncondition: s")).hasMessageContaining("test.yml");
        assertThatThrownBy(() -> rule("s:\n  f|contains|startswith: x\ncondition: s")).hasMessageContaining("exclude");
    }

    @Test
    void aGlobalFilterSuppressesTheRulesItNames() {
        String yaml = """
                title: rule
                id: r1
                logsource: {product: test}
                detection:
                  s: {Image|endswith: '\\rar.exe'}
                  condition: s
                ---
                title: admins may compress
                logsource: {product: test}
                filter:
                  rules: [r1]
                  selection: {User|startswith: adm_}
                  condition: selection
                """;
        SigmaDocuments docs = SigmaRuleParser.parse(yaml, "filter.yml");
        CompiledRule r = COMPILER.compile(docs.rules().get(0), docs.filters());
        assertThat(r.matches(event("Image", "C:\\x\\rar.exe", "User", "adm_lan"))).isFalse();
        assertThat(r.matches(event("Image", "C:\\x\\rar.exe", "User", "lan"))).isTrue();
    }
}
