package vn.gov.moh.soc.stack.part;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Enumeration;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * The server distributions that Maven downloaded into the local repository when this module
 * was built (see {@code stack-artifacts.properties}), and their unpacking.
 */
public final class Distributions {
    private final Properties artifacts;

    private Distributions(Properties artifacts) {
        this.artifacts = artifacts;
    }

    /** The distributions this build of the launcher was made with. */
    public static Distributions ofThisBuild() {
        Properties p = new Properties();
        try (InputStream in = Distributions.class.getResourceAsStream("/vn/gov/moh/soc/stack/stack-artifacts.properties")) {
            if (in == null) {
                throw new IllegalStateException("stack-artifacts.properties is missing: build deploy/stack with Maven");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Distributions(p);
    }

    public String version(String part) {
        return artifacts.getProperty(part + ".version");
    }

    /**
     * The soc-agent jar of this checkout (built by {@code ./soc} with the launcher; its place is
     * given by the system property {@code soc.agent.jar}).
     */
    /**
     * The class path of the correlation job's local runner: {@code correlation-jobs/target/classes}
     * and the jars listed in {@code jobs.classpath} beside it ({@code soc.jobs.dir} names that target folder).
     */
    public String jobsClasspath() {
        String dir = System.getProperty("soc.jobs.dir");
        if (dir == null) {
            throw new IllegalStateException("soc.jobs.dir is not set: start the stack with ./soc, which builds the job");
        }
        Path target = Path.of(dir);
        Path list = target.resolve("jobs.classpath");
        if (!java.nio.file.Files.isRegularFile(list)) {
            throw new IllegalStateException("the job's class path " + list
                    + " is missing: build it with mvn -pl correlation-jobs -am package");
        }
        try {
            return target.resolve("classes") + ":" + java.nio.file.Files.readString(list).strip();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public Path agentJar() {
        String jar = System.getProperty("soc.agent.jar");
        if (jar == null) {
            throw new IllegalStateException("soc.agent.jar is not set: start the stack with ./soc, which builds the agent");
        }
        Path p = Path.of(jar);
        if (!java.nio.file.Files.isRegularFile(p)) {
            throw new IllegalStateException("the soc-agent jar " + p + " is missing: build it with mvn -pl agents -am package");
        }
        return p;
    }

    /** The Kafka broker's class path, every jar checked to exist. */
    public String kafkaClasspath() {
        String cp = require("kafka.classpath");
        for (String jar : cp.split(java.io.File.pathSeparator)) {
            requireFile(Path.of(jar), "kafka.classpath");
        }
        return cp;
    }

    public Path payaraMicroJar() {
        return requireFile(Path.of(require("payara-micro.jar")), "payara-micro.jar");
    }

    /**
     * The compliance portal's war of this checkout (built by {@code ./soc}; its place is given by
     * the system property {@code soc.portal.war}).
     */
    public Path portalWar() {
        String war = System.getProperty("soc.portal.war");
        if (war == null) {
            throw new IllegalStateException("soc.portal.war is not set: start the stack with ./soc, which builds the portal");
        }
        Path p = Path.of(war);
        if (!Files.isRegularFile(p)) {
            throw new IllegalStateException("the portal's war " + p + " is missing: build it with mvn -pl compliance-portal -am package");
        }
        return p;
    }

    public Path elasticsearchZip() {
        return requireFile(Path.of(require("elasticsearch.zip")), "elasticsearch.zip");
    }

    public Path keycloakZip() {
        return requireFile(Path.of(require("keycloak.zip")), "keycloak.zip");
    }

    private String require(String key) {
        String value = artifacts.getProperty(key, "");
        if (value.isBlank() || value.contains("${")) {
            throw new IllegalStateException("stack-artifacts.properties has no value for " + key
                    + ": rebuild deploy/stack with Maven");
        }
        return value;
    }

    private static Path requireFile(Path file, String key) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(file + " (" + key + ") is not in the local Maven repository any more:"
                    + " run 'mvn -B install -DskipTests' again to download it");
        }
        return file;
    }

    /**
     * Unpacks a zip into {@code target}, dropping the archive's single top-level folder and
     * keeping the Unix permissions (executable scripts stay executable). The unpacking is done
     * beside the target and renamed into place, so an interrupted unpack is never taken for a
     * complete one. Does nothing if the target already exists.
     */
    public static void unpack(Path zip, Path target) {
        if (Files.isDirectory(target)) {
            return;
        }
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try {
            deleteTree(partial);
            Files.createDirectories(partial);
            try (ZipFile archive = ZipFile.builder().setPath(zip).get()) {
                Enumeration<ZipArchiveEntry> entries = archive.getEntries();
                while (entries.hasMoreElements()) {
                    ZipArchiveEntry entry = entries.nextElement();
                    String name = entry.getName();
                    int slash = name.indexOf('/');
                    String relative = slash < 0 ? "" : name.substring(slash + 1);
                    if (relative.isEmpty()) {
                        continue;
                    }
                    Path out = partial.resolve(relative).normalize();
                    if (!out.startsWith(partial)) {
                        throw new IOException("entry outside the archive's folder: " + name);
                    }
                    if (entry.isDirectory()) {
                        Files.createDirectories(out);
                        continue;
                    }
                    Files.createDirectories(out.getParent());
                    try (InputStream in = archive.getInputStream(entry)) {
                        Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                    }
                    int mode = entry.getUnixMode();
                    if ((mode & 0111) != 0) {
                        Set<PosixFilePermission> perms = EnumSet.copyOf(Files.getPosixFilePermissions(out));
                        perms.addAll(EnumSet.of(PosixFilePermission.OWNER_EXECUTE,
                                PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_EXECUTE));
                        Files.setPosixFilePermissions(out, perms);
                    }
                }
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack " + zip + " into " + target, e);
        }
    }

    /** Deletes a folder and everything under it, if it exists. */
    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        List<Path> paths = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.forEach(paths::add);
        }
        paths.sort(Comparator.reverseOrder());
        for (Path p : paths) {
            Files.deleteIfExists(p);
        }
    }
}
