package vn.gov.moh.soc.portal.interfaces.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.gov.moh.soc.portal.domain.model.requirement.AssessmentStatus;

/**
 * The pages name a domain value with the words the domain (and the law it follows) gives it: for
 * every {@code enum.<Type>.<VALUE>} of the Vietnamese bundle whose domain enum has a Vietnamese
 * name, the two are the same text, so a page and a report or API answer never disagree.
 */
class VietnameseTermsTest {
    private static final String DOMAIN = "vn/gov/moh/soc/portal/domain";

    @Test
    void everyEnumLabelOfTheVietnameseBundleIsTheDomainsOwnName() throws Exception {
        Properties vi = new Properties();
        try (InputStream in = VietnameseTermsTest.class.getResourceAsStream("/i18n/messages.properties")) {
            vi.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Map<String, Class<?>> enums = domainEnums();
        List<String> differences = new ArrayList<>();
        int compared = 0;
        for (String key : vi.stringPropertyNames()) {
            String[] parts = key.split("\\.");
            if (parts.length != 3 || !parts[0].equals("enum")) {
                continue;
            }
            Class<?> type = enums.get(parts[1]);
            Optional<Method> name = type == null ? Optional.empty() : vietnameseName(type);
            if (name.isEmpty()) {
                continue;
            }
            Object value = Stream.of(type.getEnumConstants()).filter(c -> ((Enum<?>) c).name().equals(parts[2]))
                    .findFirst().orElseThrow(() -> new AssertionError(key + " names no value of " + type.getName()));
            compared++;
            String domain = (String) name.get().invoke(value);
            if (!domain.equals(vi.getProperty(key))) {
                differences.add(key + " = '" + vi.getProperty(key) + "' but the domain says '" + domain + "'");
            }
        }
        assertThat(compared).as("labels compared").isGreaterThanOrEqualTo(7);
        assertThat(differences).isEmpty();
    }

    private static Optional<Method> vietnameseName(Class<?> type) {
        try {
            return Optional.of(type.getMethod("vietnameseName"));
        } catch (NoSuchMethodException e) {
            return Optional.empty();
        }
    }

    /** The enums of the domain packages by simple name (nested ones too), from the compiled classes. */
    private static Map<String, Class<?>> domainEnums() throws URISyntaxException {
        // The main classes' folder (the test classes' folder has domain packages of its own).
        Path root = Path.of(AssessmentStatus.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Stream<Path> files = Files.walk(root.resolve(DOMAIN))) {
            return files.filter(p -> p.toString().endsWith(".class"))
                    .map(p -> root.relativize(p).toString().replace('/', '.').replaceAll("\\.class$", ""))
                    .map(VietnameseTermsTest::load).filter(Class::isEnum)
                    .collect(Collectors.toMap(Class::getSimpleName, c -> c, (a, b) -> a));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, VietnameseTermsTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }
}
