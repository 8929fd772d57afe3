package vn.gov.moh.soc.core.sigma.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A list of exact, prefix, suffix and substring tests answers as the tests one by one do, on
 * random lists and values (the hash set, the two tries and the automaton together).
 */
class MultiStringTestTest {

    @Test
    void answersAsTheTestsOneByOne() {
        Random random = new Random(3);
        String alphabet = "ab\\.e";
        for (int round = 0; round < 2000; round++) {
            List<StringTest> tests = new ArrayList<>();
            for (int i = random.nextInt(12) + 1; i > 0; i--) {
                String literal = random(random, alphabet, 1 + random.nextInt(4));
                tests.add(switch (random.nextInt(4)) {
                    case 0 -> new StringTest.Equals(literal);
                    case 1 -> new StringTest.StartsWith(literal);
                    case 2 -> new StringTest.EndsWith(literal);
                    default -> new StringTest.Contains(literal);
                });
            }
            MultiStringTest all = MultiStringTest.of(tests);
            for (int t = 0; t < 20; t++) {
                String value = random(random, alphabet, random.nextInt(10));
                boolean expected = tests.stream().anyMatch(x -> x.test(value));
                assertThat(all.test(value)).as("%s on '%s'", tests, value).isEqualTo(expected);
            }
        }
    }

    private static String random(Random random, String alphabet, int length) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return s.toString();
    }
}
