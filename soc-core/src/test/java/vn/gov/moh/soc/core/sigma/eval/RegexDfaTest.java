package vn.gov.moh.soc.core.sigma.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.gov.moh.soc.core.testdata.SharedData;

/** The automaton answers exactly as RE2/J on every expression it accepts. */
class RegexDfaTest {

    private static void assertSameAsRe2(String regex, boolean ignoreCase, boolean dotAll, List<String> texts) {
        RegexDfa dfa = RegexDfa.compile(regex, ignoreCase, dotAll);
        if (dfa == null) {
            return;
        }
        int flags = (ignoreCase ? com.google.re2j.Pattern.CASE_INSENSITIVE : 0) | (dotAll ? com.google.re2j.Pattern.DOTALL : 0);
        com.google.re2j.Pattern re2 = com.google.re2j.Pattern.compile(regex, flags);
        for (String text : texts) {
            Boolean found = dfa.find(text);
            if (found != null) {
                assertThat(found).as("/%s/%s%s on '%s'", regex, ignoreCase ? "i" : "", dotAll ? "s" : "", text)
                        .isEqualTo(re2.matcher(text).find());
            }
        }
    }

    @Test
    void handWrittenCases() {
        List<String> texts = List.of("", "a", "abc", "ABC", "x\\foo.bar.\"", "aaab", "a\nb", "\\abc.de ", "0123456789abcdef",
                "cmd.exe /c whoami", "C:\\Users\\x\\AppData\\Roaming\\a.b.'", "ab1", "zzz");
        for (String re : List.of("abc", "^abc", "abc$", "^abc$", "a.b", "a+b", "a*b", "a?b", "a{2,3}b", "(ab|cd)+",
                "[a-c]+\\d", "[^a-z]", "\\w+\\s\\S", "\\\\[a-zA-Z0-9]{1,32}\\.[a-zA-Z0-9]{1,6}\\.[ \"']{1}",
                "(?:cmd|powershell)\\.exe", "x|y|z", "\\.", "[\\]a]", "a{0}b", "^$", "[-a]", "[a-]", "b*?c")) {
            for (boolean i : new boolean[] {false, true}) {
                for (boolean s : new boolean[] {false, true}) {
                    assertSameAsRe2(re, i, s, texts);
                }
            }
        }
        assertThat(RegexDfa.compile("\\\\[a-zA-Z0-9]{1,32}\\.", false, false)).as("the Raspberry Robin shape").isNotNull();
        assertThat(RegexDfa.compile("(a)\\1", false, false)).as("back references stay with RE2/J").isNull();
        assertThat(RegexDfa.compile("a^b", false, false)).isNull();
        assertThat(RegexDfa.compile("\\bword\\b", false, false)).isNull();
    }

    @Test
    void randomExpressionsOnRandomTexts() {
        Random random = new Random(99);
        String[] atoms = {"a", "b", "c", ".", "\\d", "\\w", "\\s", "[ab]", "[^a]", "[a-c]", "\\.", "A", "(a|bc)", "(?:b|c)"};
        String[] quantifiers = {"", "", "", "*", "+", "?", "{2}", "{1,3}", "{0,2}", "{2,}"};
        String alphabet = "abcA. 1\n_\\";
        for (int n = 0; n < 5000; n++) {
            StringBuilder re = new StringBuilder(random.nextInt(5) == 0 ? "^" : "");
            for (int k = random.nextInt(5) + 1; k > 0; k--) {
                re.append(atoms[random.nextInt(atoms.length)]).append(quantifiers[random.nextInt(quantifiers.length)]);
                if (random.nextInt(8) == 0) {
                    re.append('|');
                }
            }
            if (re.charAt(re.length() - 1) == '|') {
                re.append('c');
            }
            if (random.nextInt(5) == 0) {
                re.append('$');
            }
            List<String> texts = new ArrayList<>();
            for (int t = 0; t < 30; t++) {
                StringBuilder text = new StringBuilder();
                for (int l = random.nextInt(12); l > 0; l--) {
                    text.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                texts.add(text.toString());
            }
            assertSameAsRe2(re.toString(), random.nextBoolean(), random.nextBoolean(), texts);
        }
    }

    @Test
    void everySigmaHqExpressionAgreesWithRe2OnRealValues() throws Exception {
        Path sigma = SharedData.dir("sigma");
        Pattern item = Pattern.compile("^\\s*-?\\s*[A-Za-z0-9_.]+\\|re((?:\\|[ims])*):\\s*'(.*)'\\s*(#.*)?$");
        List<String[]> expressions = new ArrayList<>();
        List<String> values = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sigma)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yml") || p.toString().endsWith(".json")).toList()) {
                for (String line : Files.readAllLines(f)) {
                    Matcher m = item.matcher(line);
                    if (f.toString().endsWith(".yml") && m.matches()) {
                        expressions.add(new String[] {m.group(2).replace("''", "'"), m.group(1)});
                    }
                    if (f.toString().endsWith(".json") && line.contains("\": \"")) {
                        String v = line.substring(line.indexOf("\": \"") + 4);
                        values.add(v.replace("\\\\", "\\").replaceAll("\",?\\s*$", ""));
                    }
                }
            }
        }
        int supported = 0;
        for (String[] e : expressions) {
            boolean i = e[1].contains("|i");
            boolean s = e[1].contains("|s");
            try {
                com.google.re2j.Pattern.compile(e[0]);
            } catch (RuntimeException notRe2) {
                continue;
            }
            if (RegexDfa.compile(e[0], i, s) != null) {
                supported++;
            }
            assertSameAsRe2(e[0], i, s, values);
        }
        System.out.printf("SigmaHQ expressions: %d, run as automata: %d; compared on %d values each%n",
                expressions.size(), supported, values.size());
        assertThat(expressions).hasSizeGreaterThan(100);
        assertThat(supported).isGreaterThan(expressions.size() / 2);
    }
}
