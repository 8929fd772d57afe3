package vn.gov.moh.soc.portal.interfaces.rest.alert;

import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.gov.moh.soc.portal.application.InvalidFieldException;
import vn.gov.moh.soc.portal.domain.model.alert.AlertFilter;
import vn.gov.moh.soc.portal.domain.model.alert.TriageStatus;

/**
 * The queue's filter as query parameters. Each list parameter may be repeated or hold
 * comma-separated values; a wrong value is refused naming its parameter.
 */
public class AlertFilterParams {
    static final Set<String> RULE_LEVELS = Set.of("informational", "low", "medium", "high", "critical");
    private static final int MAX_VALUES = 100;
    private static final int MAX_TEXT = 200;

    @QueryParam("from") public String from;
    @QueryParam("to") public String to;
    @QueryParam("priority") public List<String> priority;
    @QueryParam("ruleLevel") public List<String> ruleLevel;
    @QueryParam("unit") public List<String> unit;
    @QueryParam("system") public List<String> system;
    @QueryParam("systemLevel") public List<String> systemLevel;
    @QueryParam("rule") public List<String> rule;
    @QueryParam("tactic") public List<String> tactic;
    @QueryParam("technique") public List<String> technique;
    @QueryParam("status") public List<String> status;
    @QueryParam("q") public String q;
    /** {@code include} (default: drill alerts shown, marked), {@code exclude} or {@code only}. */
    @QueryParam("drills") public String drills;

    public AlertFilter toFilter() {
        Instant start = instant("from", from);
        Instant end = instant("to", to);
        if (start != null && end != null && !start.isBefore(end)) {
            throw new InvalidFieldException("to", "to (" + end + ") must be after from (" + start + ")");
        }
        String text = q == null || q.isBlank() ? null : q.strip();
        if (text != null && text.length() > MAX_TEXT) {
            throw new InvalidFieldException("q", "q is at most " + MAX_TEXT + " characters");
        }
        return new AlertFilter(start, end,
                values("priority", priority, v -> check("priority", v.toUpperCase(Locale.ROOT), v.toUpperCase(Locale.ROOT).matches("P[1-5]"), "P1 to P5")),
                values("ruleLevel", ruleLevel, v -> check("ruleLevel", v.toLowerCase(Locale.ROOT),
                        RULE_LEVELS.contains(v.toLowerCase(Locale.ROOT)), "one of " + RULE_LEVELS)),
                values("unit", unit, v -> text("unit", v)), values("system", system, v -> text("system", v)),
                values("systemLevel", systemLevel, v -> {
                    check("systemLevel", v, v.matches("[1-5]"), "a Decree 85 level, 1 to 5");
                    return Integer.valueOf(v);
                }),
                values("rule", rule, v -> text("rule", v)), values("tactic", tactic, v -> text("tactic", v).toLowerCase(Locale.ROOT)),
                values("technique", technique, v -> check("technique", v.toUpperCase(Locale.ROOT),
                        v.toUpperCase(Locale.ROOT).matches("T\\d{4}(\\.\\d{3})?"), "an ATT&CK technique id such as T1110 or T1110.001")),
                values("status", status, v -> TriageStatus.ofDocument(v.toLowerCase(Locale.ROOT)).orElseThrow(() -> new InvalidFieldException(
                        "status", "status '" + v + "' is not one of " + Arrays.stream(TriageStatus.values())
                                .map(TriageStatus::documentValue).toList()))),
                text, drills(drills));
    }

    static AlertFilter.Drills drills(String value) {
        if (value == null || value.isBlank()) {
            return AlertFilter.Drills.INCLUDED;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "include" -> AlertFilter.Drills.INCLUDED;
            case "exclude" -> AlertFilter.Drills.EXCLUDED;
            case "only" -> AlertFilter.Drills.ONLY;
            default -> throw new InvalidFieldException("drills", "drills is include, exclude or only: '" + value + "'");
        };
    }

    static Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException(field, field + " is an instant such as 2026-12-01T08:00:00Z: '" + value + "'");
        }
    }

    private static <T> Set<T> values(String field, List<String> raw, Function<String, T> read) {
        if (raw == null) {
            return Set.of();
        }
        List<String> parts = raw.stream().flatMap(r -> Arrays.stream(r.split(","))).map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (parts.size() > MAX_VALUES) {
            throw new InvalidFieldException(field, "at most " + MAX_VALUES + " values of " + field);
        }
        return parts.stream().map(read).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static String check(String field, String value, boolean ok, String expected) {
        if (!ok) {
            throw new InvalidFieldException(field, field + " '" + value + "' is not " + expected);
        }
        return value;
    }

    private static String text(String field, String value) {
        return check(field, value, value.length() <= 200, "at most 200 characters");
    }
}
