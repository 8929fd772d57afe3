package vn.gov.moh.soc.jobs.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import vn.gov.moh.soc.core.sigma.rule.SigmaRuleParser;
import vn.gov.moh.soc.jobs.config.ConfigException;

/**
 * Reads the rule folders of the configuration where the job is built (the client), so the rules
 * travel inside the job to every task manager: no task manager needs the folders.
 * {@code classpath:rules} is the platform's own rules, which soc-core's jar carries.
 */
public final class RuleFiles {
    public static final String BUNDLED = "classpath:rules";

    private RuleFiles() {
    }

    public static List<RuleText> read(List<String> dirs) {
        List<RuleText> out = new ArrayList<>();
        for (String dir : dirs) {
            if (dir.equals(BUNDLED)) {
                out.addAll(bundled());
            } else {
                Path root = Path.of(dir);
                if (!Files.exists(root)) {
                    throw new ConfigException("setting 'rules.dirs': rule folder " + root.toAbsolutePath() + " does not exist");
                }
                out.addAll(walk(root, root.toString()));
            }
        }
        return out;
    }

    private static List<RuleText> bundled() {
        return bundled(RuleFiles.class.getClassLoader());
    }

    /** The rules under {@code rules/} of the class path: a folder, or a folder in a jar (the job jar). */
    static List<RuleText> bundled(ClassLoader loader) {
        URL marker = loader.getResource("rules");
        if (marker == null) {
            throw new IllegalStateException("the bundled rules (rules/ in soc-core's jar) are not on the class path");
        }
        try {
            URI uri = marker.toURI();
            if (!uri.getScheme().equals("jar")) {
                return walk(Path.of(uri), BUNDLED);
            }
            try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                return walk(jar.getPath("rules"), BUNDLED);
            } catch (FileSystemAlreadyExistsException e) {
                // Someone else has the jar open as a file system: read through theirs, and leave it open.
                return walk(FileSystems.getFileSystem(uri).getPath("rules"), BUNDLED);
            }
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot list the bundled rules at " + marker, e);
        }
    }

    private static List<RuleText> walk(Path root, String label) {
        try (Stream<Path> files = Files.walk(root)) {
            List<RuleText> out = new ArrayList<>();
            for (Path p : files.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".yml") || p.toString().endsWith(".yaml"))
                    .sorted().toList()) {
                String origin = label + "/" + root.relativize(p);
                if (Files.size(p) > SigmaRuleParser.MAX_FILE_BYTES) {
                    // Kept so that the parser reports it with the reason, like any other bad file.
                    out.add(new RuleText(origin, "# larger than " + SigmaRuleParser.MAX_FILE_BYTES + " bytes\n: ["));
                    continue;
                }
                out.add(new RuleText(origin, Files.readString(p, StandardCharsets.UTF_8)));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the rules under " + root, e);
        }
    }
}
