package vn.gov.moh.soc.core.testdata;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Third-party data that tests read at run time from {@code ../shared/data} (next to the
 * repository; Maven passes it as {@code soc.shared.data}). Where it is absent, the test is
 * skipped with a message naming the missing data.
 */
public final class SharedData {
    private SharedData() {
    }

    /** The folder {@code ../shared/data/<relative>}, or the test is skipped. */
    public static Path dir(String relative) {
        String configured = System.getProperty("soc.shared.data");
        Path base = configured != null ? Path.of(configured) : Path.of("../shared/data");
        Path dir = base.resolve(relative).toAbsolutePath().normalize();
        assumeTrue(Files.isDirectory(dir) || Files.isRegularFile(dir),
                "skipped: shared test data " + dir + " is missing (set -Dsoc.shared.data to the shared/data folder)");
        return dir;
    }
}
