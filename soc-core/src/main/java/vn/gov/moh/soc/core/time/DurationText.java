package vn.gov.moh.soc.core.time;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a duration written as a whole number and a unit ({@code 500ms}, {@code 30s}, {@code 10m}).
 * Two syntaxes exist, because their readers expect different things:
 * <ul>
 *   <li>{@link #SETTING}: the settings of the agents and the jobs; units {@code ms s m h d}, any
 *       case, spaces allowed between number and unit ({@code 30 s}, {@code 10M}: ten minutes);</li>
 *   <li>{@link #SIGMA}: Sigma 2.1 correlation timespans; units {@code s m h d w M y}, case
 *       sensitive as the specification has {@code m} minutes and {@code M} months (30 days;
 *       a year is 365), no zero, no space.</li>
 * </ul>
 * A number too large for a {@link Duration} is refused, never wrapped. Errors are
 * {@link IllegalArgumentException}s whose message says why the text is no duration; callers put
 * it in their own message, which names the setting or the rule.
 */
public final class DurationText {
    /** Durations of settings files and command-line options. */
    public static final DurationText SETTING = new DurationText(
            Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)", Pattern.CASE_INSENSITIVE), List.of("ms", "s", "m", "h", "d"), false);
    /** Sigma correlation timespans. */
    public static final DurationText SIGMA = new DurationText(
            Pattern.compile("([1-9]\\d*)([smhdwMy])"), List.of("s", "m", "h", "d", "w", "M", "y"), true);

    private final Pattern pattern;
    private final List<String> units;
    private final boolean caseSensitive;

    private DurationText(Pattern pattern, List<String> units, boolean caseSensitive) {
        this.pattern = pattern;
        this.units = units;
        this.caseSensitive = caseSensitive;
    }

    /** The units this syntax accepts, e.g. {@code ms, s, m, h or d}, for error messages. */
    public String units() {
        return String.join(", ", units.subList(0, units.size() - 1)) + " or " + units.get(units.size() - 1);
    }

    /**
     * The duration the text means; surrounding spaces are ignored.
     *
     * @throws IllegalArgumentException if the text is not a number with one of the units, or too large
     */
    public Duration parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("no duration given (a number with " + units() + ")");
        }
        Matcher m = pattern.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a number followed by " + units());
        }
        String unit = caseSensitive ? m.group(2) : m.group(2).toLowerCase(java.util.Locale.ROOT);
        try {
            long n = Long.parseLong(m.group(1));
            return switch (unit) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                case "d" -> Duration.ofDays(n);
                case "w" -> Duration.ofDays(Math.multiplyExact(7, n));
                case "M" -> Duration.ofDays(Math.multiplyExact(30, n));
                case "y" -> Duration.ofDays(Math.multiplyExact(365, n));
                default -> throw new IllegalStateException("unit " + unit + " of " + units() + " not handled");
            };
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("'" + text + "' is too large a duration");
        }
    }
}
