package vn.gov.moh.soc.core.sigma;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.gov.moh.soc.core.sigma.rule.RuleException;
import vn.gov.moh.soc.core.testdata.SharedData;

/** Every SigmaHQ rule loads, or is rejected for a reason the specification backs and that is listed here. */
class SigmaHqRulesTest {
    /** Rules we reject on purpose, by file name, with the reason. Aim: empty. */
    private static final Set<String> ACCEPTED_REJECTIONS = Set.of();

    @Test
    void everySigmaHqRuleLoads() {
        Path sigma = SharedData.dir("sigma");
        List<Path> folders = List.of(sigma.resolve("rules"), sigma.resolve("rules-emerging-threats"),
                sigma.resolve("rules-threat-hunting"));

        RuleLibrary library = RuleLibrary.load(folders);

        var byReason = new TreeMap<String, Long>(library.rejected().stream()
                .collect(Collectors.groupingBy(e -> e.reason().replaceAll("'[^']*'", "'…'"), Collectors.counting())));
        System.out.printf("SigmaHQ: %d rules loaded, %d rejected, %d correlations, %d filters%n",
                library.ruleSet().size(), library.rejected().size(), library.correlators().size(), library.filterCount());
        byReason.forEach((reason, n) -> System.out.printf("  %4d  %s%n", n, reason));
        library.rejected().stream().limit(40).forEach(e -> System.out.println("  rejected: " + e.getMessage()));

        List<RuleException> unexpected = library.rejected().stream()
                .filter(e -> !ACCEPTED_REJECTIONS.contains(Path.of(e.source()).getFileName().toString()))
                .toList();
        assertThat(unexpected).extracting(RuleException::getMessage).isEmpty();
        assertThat(library.ruleSet().size()).isGreaterThan(3500);
    }
}
