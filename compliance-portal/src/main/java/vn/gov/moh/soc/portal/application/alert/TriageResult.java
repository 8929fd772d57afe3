package vn.gov.moh.soc.portal.application.alert;

import java.util.List;
import java.util.Map;

/**
 * What a triage decision did: the alerts changed (each with its audit record), those already in
 * that status (left as they were), and those that could not be written, with the reason.
 */
public record TriageResult(List<String> changed, List<String> unchanged, Map<String, String> failed) {
    public TriageResult {
        changed = List.copyOf(changed);
        unchanged = List.copyOf(unchanged);
        failed = Map.copyOf(failed);
    }
}
