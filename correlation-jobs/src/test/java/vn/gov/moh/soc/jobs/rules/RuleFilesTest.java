package vn.gov.moh.soc.jobs.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gov.moh.soc.jobs.config.ConfigException;

class RuleFilesTest {
    @TempDir
    Path tmp;

    @Test
    void theBundledRulesAreReadFromAJobJar() throws Exception {
        Path jar = tmp.resolve("job.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (String dir : List.of("rules/", "rules/linux/")) {
                out.putNextEntry(new JarEntry(dir));
                out.closeEntry();
            }
            out.putNextEntry(new JarEntry("rules/linux/a.yml"));
            out.write("title: A\n".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
            out.putNextEntry(new JarEntry("rules/README.md"));
            out.closeEntry();
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            List<RuleText> rules = RuleFiles.bundled(loader);

            assertThat(rules).containsExactly(new RuleText("classpath:rules/linux/a.yml", "title: A\n"));
        }
    }

    @Test
    void theBundledRulesOfSocCoreAreOnTheClassPath() {
        List<RuleText> rules = RuleFiles.read(List.of(RuleFiles.BUNDLED));

        assertThat(rules).extracting(RuleText::origin).contains("classpath:rules/linux/sshd/ssh_brute_force.yml");
    }

    @Test
    void aMissingFolderNamesTheSetting() {
        assertThatThrownBy(() -> RuleFiles.read(List.of(tmp.resolve("nowhere").toString())))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("setting 'rules.dirs': rule folder");
    }
}
