package vn.gov.moh.soc.agent.generate;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Third-party data read at run time from {@code ../shared/data} (Maven passes it as
 * {@code soc.shared.data}); where it is absent the test is skipped with a message naming it.
 * The same behaviour as soc-core's test helper of that name, which is not on this module's path.
 */
final class SharedDataFolder {
    private SharedDataFolder() {
    }

    /** The folder or file {@code ../shared/data/<relative>}, or the test is skipped. */
    static Path dir(String relative) {
        String configured = System.getProperty("soc.shared.data");
        Path base = configured != null ? Path.of(configured) : Path.of("../../shared/data");
        Path dir = base.resolve(relative).toAbsolutePath().normalize();
        assumeTrue(Files.isDirectory(dir) || Files.isRegularFile(dir),
                "skipped: shared test data " + dir + " is missing (set -Dsoc.shared.data to the shared/data folder)");
        return dir;
    }
}
