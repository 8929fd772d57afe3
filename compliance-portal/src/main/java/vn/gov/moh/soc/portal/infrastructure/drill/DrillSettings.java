package vn.gov.moh.soc.portal.infrastructure.drill;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.gov.moh.soc.portal.application.drill.DrillInjectionException;

/**
 * {@code portal.drills.agent-jar}: the soc-agent jar a drill runs (none: drills cannot be
 * injected, and starting one says so); {@code portal.drills.work-dir}: where each step's agent
 * keeps its configuration and spool while it runs (default: a folder under the system's
 * temporary folder); {@code portal.drills.step-timeout-seconds}: how long a step's agent may take
 * (default 600).
 */
@ApplicationScoped
public class DrillSettings {
    @Inject
    @ConfigProperty(name = "portal.drills.agent-jar")
    Optional<String> agentJar;
    @Inject
    @ConfigProperty(name = "portal.drills.work-dir")
    Optional<String> workDir;
    @Inject
    @ConfigProperty(name = "portal.drills.step-timeout-seconds", defaultValue = "600")
    long stepTimeoutSeconds;

    /**
     * The agent jar, checked.
     *
     * @throws DrillInjectionException when it is not set or is no readable file
     */
    public Path agentJar() {
        String value = agentJar.map(String::strip).filter(s -> !s.isEmpty()).orElseThrow(() -> new DrillInjectionException(
                "portal.drills.agent-jar is not set: the portal needs the soc-agent jar (agents/target/soc-agent.jar)"
                        + " to inject a drill's telemetry"));
        Path jar = Path.of(value);
        if (!Files.isRegularFile(jar) || !Files.isReadable(jar)) {
            throw new DrillInjectionException("portal.drills.agent-jar: no readable file at " + jar.toAbsolutePath());
        }
        return jar;
    }

    public Path workDir() {
        return workDir.map(Path::of).orElse(Path.of(System.getProperty("java.io.tmpdir"), "portal-drills"));
    }

    public Duration stepTimeout() {
        return Duration.ofSeconds(Math.max(10, stepTimeoutSeconds));
    }

    /** The Java that runs the agent: the portal's own. */
    public String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
