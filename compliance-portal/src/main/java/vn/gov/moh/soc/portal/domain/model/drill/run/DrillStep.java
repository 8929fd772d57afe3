package vn.gov.moh.soc.portal.domain.model.drill.run;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import vn.gov.moh.soc.portal.domain.shared.Text;

/**
 * One step of a drill run: what it plays (a scenario of the agent's generator, or one the portal
 * writes), the rules expected to detect it, and when its telemetry was handed to the agent.
 *
 * @param number        1, 2, ... in the order the steps are injected
 * @param play          what the agent ships for it, e.g. {@code ssh-brute-force}
 * @param expectedRules the Sigma rule ids (or titles) any of which detects the step; empty for a
 *                      step planned to go undetected (it is then missed by design)
 * @param injectedAt    null until its telemetry went to the agent
 */
public record DrillStep(int number, String name, String play, Set<String> expectedRules, Instant injectedAt) {
    public DrillStep {
        if (number < 1) {
            throw new IllegalArgumentException("a step's number is 1 or more: " + number);
        }
        name = Text.required(name, "a step's name", 200);
        play = Text.required(play, "what a step plays", 100);
        expectedRules = Set.copyOf(Objects.requireNonNullElse(expectedRules, Set.of()));
    }

    public DrillStep injected(Instant at) {
        if (injectedAt != null) {
            throw new IllegalStateException("step " + number + " was injected already at " + injectedAt);
        }
        return new DrillStep(number, name, play, expectedRules, Objects.requireNonNull(at, "at"));
    }

    /** Whether the alert is one of the rules expected for this step. */
    boolean expects(ObservedAlert alert) {
        return expectedRules.contains(alert.ruleId()) || expectedRules.contains(alert.ruleName());
    }
}
