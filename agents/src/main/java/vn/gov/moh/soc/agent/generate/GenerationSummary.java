package vn.gov.moh.soc.agent.generate;

import java.time.Instant;
import java.util.List;

/**
 * What a run generated.
 *
 * @param lines     lines written
 * @param bytes     characters written, line breaks included
 * @param lastLine  time of the last line (the start if none)
 * @param scenarios the scenarios that started, in order
 */
public record GenerationSummary(long lines, long bytes, Instant lastLine, List<ScenarioReport> scenarios) {
    public GenerationSummary {
        scenarios = List.copyOf(scenarios);
    }
}
