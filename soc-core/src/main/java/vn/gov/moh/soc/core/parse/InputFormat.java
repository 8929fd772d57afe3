package vn.gov.moh.soc.core.parse;

import java.util.Locale;

/** The formats {@link EventReader} reads. */
public enum InputFormat {
    /** Decide from the content: JSON (Windows, FHIR or ECS) or text lines (syslog, access log, IIS). */
    AUTO,
    /** One JSON object per line: ECS events, or Windows events in evtx-JSON shape. */
    JSONL,
    /** One ECS event per line (Filebeat, Elastic Agent, Fluent Bit): anything else is rejected. */
    ECS_JSON,
    /** Windows events exported as JSON, one after another (pretty-printed or not). */
    EVTX_JSON,
    /** Syslog lines (RFC 3164 or 5424), with sshd/pam/sudo/su messages and netfilter packet logs understood. */
    SYSLOG,
    /** nginx/Apache common or combined access log. */
    ACCESS_LOG,
    /** IIS W3C extended log, by its {@code #Fields:} directive or IIS's default field sets. */
    IIS;

    /** Parses the command-line spelling: auto, jsonl, ecs-json, evtx-json, syslog, access-log, iis. */
    public static InputFormat of(String text) {
        try {
            return valueOf(text.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown format '" + text
                    + "' (use auto, jsonl, ecs-json, evtx-json, syslog, access-log or iis)");
        }
    }
}
