package vn.gov.moh.soc.jobs.rules;

import java.io.Serializable;

/**
 * One rule file read at start: where it came from (for messages) and its YAML.
 *
 * @param origin the file or class-path resource
 * @param yaml   its content
 */
public record RuleText(String origin, String yaml) implements Serializable {
}
