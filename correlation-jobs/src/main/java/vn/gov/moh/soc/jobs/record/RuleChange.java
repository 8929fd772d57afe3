package vn.gov.moh.soc.jobs.record;

/**
 * A record of the compacted {@code soc.rules} topic: the key is the rule id, the value the rule's
 * Sigma YAML (add or replace); a tombstone or an empty value disables the rule with that id.
 */
public class RuleChange {
    public String ruleId;
    /** Sigma YAML of one rule; null to disable. */
    public String yaml;
    public String origin;
    public long time;

    public RuleChange() {
    }

    public RuleChange(String ruleId, String yaml, String origin, long time) {
        this.ruleId = ruleId;
        this.yaml = yaml;
        this.origin = origin;
        this.time = time;
    }

    public boolean disables() {
        return yaml == null || yaml.isBlank();
    }
}
