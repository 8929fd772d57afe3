package vn.gov.moh.soc.core.sigma.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The scanner reports exactly the literals a naive search finds, short and long ones alike, in
 * small sets (an automaton, or the skipping search when all are long) and large ones.
 */
class LiteralScannerTest {

    @Test
    void findsEveryLiteralOfASmallSet() {
        check(new Random(5), 500, 40, 1);
    }

    @Test
    void findsEveryLiteralOfASmallSetOfLongLiterals() {
        check(new Random(7), 500, 40, WuManber.MIN_LENGTH);
    }

    @Test
    void findsEveryLiteralOfALargeSet() {
        check(new Random(6), 60, LiteralScanner.SMALL_SET + 400, 1);
    }

    private static void check(Random random, int rounds, int maxLiterals, int minLength) {
        String alphabet = "ab\\.c-ạ ";
        for (int round = 0; round < rounds; round++) {
            List<String> literals = new ArrayList<>();
            int count = maxLiterals > LiteralScanner.SMALL_SET ? LiteralScanner.SMALL_SET + 1 + random.nextInt(maxLiterals
                    - LiteralScanner.SMALL_SET) : random.nextInt(maxLiterals) + 1;
            for (int i = count; i > 0; i--) {
                literals.add(random(random, alphabet, minLength + random.nextInt(9 - minLength)));
            }
            LiteralScanner scanner = new LiteralScanner(literals);
            for (int t = 0; t < 10; t++) {
                // Now and then a capital dotted I, whose lower case is two characters.
                String text = random(random, alphabet + (t == 9 ? "\u0130" : ""), random.nextInt(80));
                Set<Integer> expected = new TreeSet<>();
                for (int i = 0; i < literals.size(); i++) {
                    if (text.contains(literals.get(i))) {
                        expected.add(i);
                    }
                }
                Set<Integer> found = new TreeSet<>();
                scanner.scan(text, found::add);
                assertThat(found).as("%s in '%s'", literals, text).isEqualTo(expected);

                // The same text with upper-case letters, scanned as if lower-cased.
                String upper = text.toUpperCase(java.util.Locale.ROOT);
                Set<Integer> expectedFolded = new TreeSet<>();
                for (int i = 0; i < literals.size(); i++) {
                    if (upper.toLowerCase(java.util.Locale.ROOT).contains(literals.get(i))) {
                        expectedFolded.add(i);
                    }
                }
                Set<Integer> folded = new TreeSet<>();
                scanner.scanIgnoringCase(upper, folded::add);
                assertThat(folded).as("%s in '%s' ignoring case", literals, upper).isEqualTo(expectedFolded);
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
