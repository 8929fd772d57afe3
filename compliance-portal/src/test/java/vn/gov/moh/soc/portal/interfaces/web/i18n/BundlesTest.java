package vn.gov.moh.soc.portal.interfaces.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The two languages of the pages: no key given twice in a bundle (the later one would silently
 * win), and every key in both, so no page shows Vietnamese in English or a key's name.
 */
class BundlesTest {
    private static List<String> keys(String name) throws IOException {
        try (InputStream in = BundlesTest.class.getResourceAsStream("/i18n/" + name)) {
            List<String> keys = new ArrayList<>();
            String previous = "";
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                boolean continued = previous.endsWith("\\");
                previous = line;
                String t = line.strip();
                if (continued || t.isEmpty() || t.startsWith("#") || t.startsWith("!")) {
                    continue;
                }
                int eq = t.indexOf('=');
                keys.add((eq < 0 ? t : t.substring(0, eq)).strip());
            }
            return keys;
        }
    }

    private static Set<String> twice(List<String> keys) {
        Set<String> seen = new HashSet<>();
        Set<String> twice = new TreeSet<>();
        keys.forEach(k -> {
            if (!seen.add(k)) {
                twice.add(k);
            }
        });
        return twice;
    }

    @Test
    void noKeyIsGivenTwice() throws IOException {
        assertThat(twice(keys("messages.properties"))).as("Vietnamese").isEmpty();
        assertThat(twice(keys("messages_en.properties"))).as("English").isEmpty();
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        Set<String> vi = new LinkedHashSet<>(keys("messages.properties"));
        Set<String> en = new LinkedHashSet<>(keys("messages_en.properties"));
        Set<String> onlyVi = new TreeSet<>(vi);
        onlyVi.removeAll(en);
        Set<String> onlyEn = new TreeSet<>(en);
        onlyEn.removeAll(vi);
        assertThat(onlyVi).as("keys with no English text").isEmpty();
        assertThat(onlyEn).as("keys with no Vietnamese text").isEmpty();
    }
}
