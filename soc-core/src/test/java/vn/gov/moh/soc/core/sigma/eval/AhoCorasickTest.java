package vn.gov.moh.soc.core.sigma.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The automaton reports exactly the occurrences a naive search finds, in both of its forms. */
class AhoCorasickTest {

    @Test
    void findsEveryOccurrenceOfEveryPattern() {
        Random random = new Random(3);
        String alphabet = "abc\\.-ạ";
        for (int round = 0; round < 300; round++) {
            List<String> patterns = new ArrayList<>();
            for (int i = random.nextInt(30) + 1; i > 0; i--) {
                patterns.add(randomString(random, alphabet, 1 + random.nextInt(5)));
            }
            AhoCorasick dense = new AhoCorasick(patterns);
            AhoCorasick compact = new AhoCorasick(patterns, 0);
            for (int t = 0; t < 20; t++) {
                String text = randomString(random, alphabet + "xyz", random.nextInt(60));
                Set<String> expected = new TreeSet<>();
                for (int p = 0; p < patterns.size(); p++) {
                    for (int at = text.indexOf(patterns.get(p)); at >= 0; at = text.indexOf(patterns.get(p), at + 1)) {
                        expected.add(p + "@" + (at + patterns.get(p).length()));
                    }
                }
                assertThat(occurrences(dense, text)).as("dense %s in %s", patterns, text).isEqualTo(expected);
                assertThat(occurrences(compact, text)).as("compact %s in %s", patterns, text).isEqualTo(expected);
            }
        }
    }

    @Test
    void stopsWhenAsked() {
        AhoCorasick ac = new AhoCorasick(List.of("a"));
        List<Integer> seen = new ArrayList<>();
        boolean stopped = ac.search("aaaa", (p, end) -> {
            seen.add(end);
            return end == 2;
        });
        assertThat(stopped).isTrue();
        assertThat(seen).containsExactly(1, 2);
    }

    private static Set<String> occurrences(AhoCorasick ac, String text) {
        Set<String> found = new TreeSet<>();
        ac.search(text, (p, end) -> {
            found.add(p + "@" + end);
            return false;
        });
        return found;
    }

    private static String randomString(Random random, String alphabet, int length) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return s.toString();
    }
}
