package vn.gov.moh.soc.core.sigma.eval;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoublePredicate;
import vn.gov.moh.soc.core.event.Event;

/** The matchers a detection item compiles to. */
final class ValueMatchers {
    private ValueMatchers() {
    }

    /** String tests on one field; several tests are OR-ed, or AND-ed with {@code all}. */
    record FieldStrings(String field, StringTest[] tests, boolean all, boolean caseSensitive) implements Matcher {
        @Override
        public boolean matches(Event event) {
            Object value = caseSensitive ? event.get(field) : event.lower(field);
            if (value == null) {
                return false;
            }
            if (all) {
                for (StringTest t : tests) {
                    if (!anyElement(value, t)) {
                        return false;
                    }
                }
                return true;
            }
            for (StringTest t : tests) {
                if (anyElement(value, t)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Keyword search: the tests run against every string value of the event. */
    record Keywords(StringTest[] tests, boolean all, boolean caseSensitive) implements Matcher {
        @Override
        public boolean matches(Event event) {
            if (all) {
                for (StringTest t : tests) {
                    if (!anyField(event, t)) {
                        return false;
                    }
                }
                return true;
            }
            for (StringTest t : tests) {
                if (anyField(event, t)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * A keyword is searched in the raw record ({@code event.original}) when the event keeps it,
         * else in {@code message}, else in every string value (Windows events have neither).
         */
        private boolean anyField(Event event, StringTest t) {
            for (String text : List.of("event.original", "message")) {
                if (event.get(text) instanceof String) {
                    Object value = caseSensitive ? event.get(text) : event.lower(text);
                    return anyElement(value, t);
                }
            }
            for (Map.Entry<String, Object> e : event.fields().entrySet()) {
                if (!(e.getValue() instanceof String) && !(e.getValue() instanceof List)) {
                    continue;
                }
                Object value = caseSensitive ? e.getValue() : event.lower(e.getKey());
                if (value != null && anyElement(value, t)) {
                    return true;
                }
            }
            return false;
        }
    }

    static boolean anyElement(Object value, StringTest test) {
        if (value instanceof String s) {
            return test.test(s);
        }
        if (value instanceof List<?> list) {
            for (Object item : list) {
                if (item != null && test.test(item.toString())) {
                    return true;
                }
            }
            return false;
        }
        return test.test(value.toString());
    }

    /** {@code field: null}: absent, or present with a null value. */
    record IsNull(String field) implements Matcher {
        @Override
        public boolean matches(Event event) {
            return event.get(field) == null;
        }
    }

    /** {@code field|exists: true/false}. */
    record Exists(String field, boolean expected) implements Matcher {
        @Override
        public boolean matches(Event event) {
            return event.has(field) == expected;
        }
    }

    record Not(Matcher inner) implements Matcher {
        @Override
        public boolean matches(Event event) {
            return !inner.matches(event);
        }
    }

    /** An AND whose cheap tests run first, so the expensive ones (regex, keywords) run on few events. */
    static Matcher allOf(Matcher... parts) {
        Matcher[] sorted = parts.clone();
        java.util.Arrays.sort(sorted, java.util.Comparator.comparingInt(ValueMatchers::cost));
        return new AllOf(sorted);
    }

    /** An OR whose cheap tests run first. */
    static Matcher anyOf(Matcher... parts) {
        Matcher[] sorted = parts.clone();
        java.util.Arrays.sort(sorted, java.util.Comparator.comparingInt(ValueMatchers::cost));
        return new AnyOf(sorted);
    }

    /** A rough relative cost of evaluating a matcher. */
    static int cost(Matcher m) {
        if (m instanceof IsNull || m instanceof Exists) {
            return 1;
        }
        if (m instanceof FieldStrings fs) {
            for (StringTest t : fs.tests()) {
                if (t instanceof StringTest.Glob || t instanceof MultiStringTest) {
                    return 3;
                }
            }
            return 2;
        }
        if (m instanceof Numeric || m instanceof FieldRef) {
            return 3;
        }
        if (m instanceof Cidr) {
            return 5;
        }
        if (m instanceof Keywords) {
            return 6;
        }
        if (m instanceof Regex) {
            return 8;
        }
        if (m instanceof Not not) {
            return cost(not.inner());
        }
        Matcher[] parts = m instanceof AllOf all ? all.parts() : m instanceof AnyOf any ? any.parts() : null;
        if (parts != null) {
            int max = 0;
            for (Matcher p : parts) {
                max = Math.max(max, cost(p));
            }
            return max;
        }
        return 4;
    }

    record AllOf(Matcher[] parts) implements Matcher {
        @Override
        public boolean matches(Event event) {
            for (Matcher m : parts) {
                if (!m.matches(event)) {
                    return false;
                }
            }
            return true;
        }
    }

    record AnyOf(Matcher[] parts) implements Matcher {
        @Override
        public boolean matches(Event event) {
            for (Matcher m : parts) {
                if (m.matches(event)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** A numeric comparison on the field's value, or on a part of its date ({@code |hour|gte: 22}). */
    record Numeric(String field, TimePart part, DoublePredicate test) implements Matcher {
        @Override
        public boolean matches(Event event) {
            Object value = event.get(field);
            if (value instanceof List<?> list) {
                for (Object item : list) {
                    if (check(item)) {
                        return true;
                    }
                }
                return false;
            }
            return check(value);
        }

        private boolean check(Object value) {
            Double n = part == null ? number(value) : part.extract(value);
            return n != null && test.test(n);
        }
    }

    static Double number(Object value) {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        if (value instanceof String s) {
            try {
                return Double.parseDouble(s.trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /** The date parts of the time modifiers, read in UTC from ISO-8601 text or epoch millis. */
    enum TimePart {
        MINUTE, HOUR, DAY, WEEK, MONTH, YEAR;

        Double extract(Object value) {
            ZonedDateTime t = dateTime(value);
            if (t == null) {
                return null;
            }
            return (double) switch (this) {
                case MINUTE -> t.getMinute();
                case HOUR -> t.getHour();
                case DAY -> t.getDayOfMonth();
                case WEEK -> t.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
                case MONTH -> t.getMonthValue();
                case YEAR -> t.get(ChronoField.YEAR);
            };
        }

        static ZonedDateTime dateTime(Object value) {
            if (value instanceof Long millis) {
                return Instant.ofEpochMilli(millis).atZone(ZoneOffset.UTC);
            }
            if (!(value instanceof String s)) {
                return null;
            }
            String text = s.trim().replace(' ', 'T');
            try {
                return OffsetDateTime.parse(text).atZoneSameInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                try {
                    return LocalDateTime.parse(text).atZone(ZoneOffset.UTC);
                } catch (DateTimeParseException e2) {
                    return null;
                }
            }
        }

        static TimePart of(String modifier) {
            return valueOf(modifier.toUpperCase(Locale.ROOT));
        }
    }

    /** {@code |cidr}: the field holds an IPv4 or IPv6 address inside one of the networks. */
    record Cidr(String field, IPAddress[] networks) implements Matcher {
        @Override
        public boolean matches(Event event) {
            Object value = event.get(field);
            if (value instanceof List<?> list) {
                for (Object item : list) {
                    if (item != null && inside(item.toString())) {
                        return true;
                    }
                }
                return false;
            }
            return value != null && inside(value.toString());
        }

        private boolean inside(String text) {
            IPAddress address = new IPAddressString(text.trim()).getAddress();
            if (address == null) {
                return false;
            }
            for (IPAddress network : networks) {
                if (network.getIPVersion() == address.getIPVersion() && network.contains(address)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * {@code |re}: a linear-time regular expression searched in the value, run only on values
     * that contain the literal every match needs (lower-cased when the expression ignores case).
     */
    record Regex(String field, com.google.re2j.Pattern pattern, String literal, boolean ignoreCase, int minLength,
            RegexDfa dfa) implements Matcher {
        @Override
        public boolean matches(Event event) {
            Object value = event.get(field);
            if (value == null) {
                return false;
            }
            if (!(value instanceof List)) {
                if (value.toString().length() < minLength) {
                    return false;
                }
                if (!literal.isEmpty()) {
                    Object probe = ignoreCase ? event.lower(field) : value;
                    if (!probe.toString().contains(literal)) {
                        return false;
                    }
                }
            }
            if (value instanceof List<?> list) {
                for (Object item : list) {
                    if (item != null && find(item.toString())) {
                        return true;
                    }
                }
                return false;
            }
            return find(value.toString());
        }

        private boolean find(String text) {
            if (dfa != null) {
                Boolean found = dfa.find(text);
                if (found != null) {
                    return found;
                }
            }
            return pattern.matcher(text).find();
        }
    }

    /** {@code |fieldref}: compares the field with another field of the same event. */
    record FieldRef(String field, String other, Mode mode, boolean caseSensitive) implements Matcher {
        enum Mode { EQUALS, STARTS, ENDS, CONTAINS }

        @Override
        public boolean matches(Event event) {
            Object a = caseSensitive ? event.get(field) : event.lower(field);
            Object b = caseSensitive ? event.get(other) : event.lower(other);
            if (a == null || b == null || a instanceof List || b instanceof List) {
                return false;
            }
            String x = a.toString();
            String y = b.toString();
            return switch (mode) {
                case EQUALS -> x.equals(y);
                case STARTS -> x.startsWith(y);
                case ENDS -> x.endsWith(y);
                case CONTAINS -> x.contains(y);
            };
        }
    }
}
