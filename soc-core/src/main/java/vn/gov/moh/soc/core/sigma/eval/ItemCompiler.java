package vn.gov.moh.soc.core.sigma.eval;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.DoublePredicate;
import java.util.function.UnaryOperator;
import vn.gov.moh.soc.core.sigma.mapping.Placeholders;
import vn.gov.moh.soc.core.sigma.rule.FieldItem;

/**
 * Compiles one detection item ({@code field|modifiers: values}) into a {@link
 * vn.gov.moh.soc.core.sigma.eval.Matcher}, applying every value modifier of the Sigma
 * specification once, here, rather than per event.
 */
final class ItemCompiler {
    /** Most variants one value may expand to (windash, placeholders) before we refuse the rule. */
    static final int MAX_VARIANTS = 4096;
    private static final char[] DASHES = {'-', '/', '\u2013', '\u2014', '\u2015'};
    private static final java.util.regex.Pattern PLACEHOLDER = java.util.regex.Pattern.compile("%([A-Za-z0-9_]+)%");

    enum Modifier {
        CONTAINS, STARTSWITH, ENDSWITH, ALL, EXISTS, CASED, NEQ, WINDASH, RE, I, M, S, BASE64, BASE64OFFSET,
        UTF16LE, WIDE, UTF16BE, UTF16, LT, LTE, GT, GTE, MINUTE, HOUR, DAY, WEEK, MONTH, YEAR, CIDR, EXPAND,
        FIELDREF;

        static Modifier of(String name) {
            try {
                return valueOf(name.toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidItemException("unknown modifier '" + name + "'");
            }
        }
    }

    /** A detection item that cannot be compiled; the rule compiler adds the rule's name and id. */
    static final class InvalidItemException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        InvalidItemException(String message) {
            super(message);
        }
    }

    private final UnaryOperator<String> fieldMapper;
    private final Placeholders placeholders;

    ItemCompiler(UnaryOperator<String> fieldMapper, Placeholders placeholders) {
        this.fieldMapper = fieldMapper;
        this.placeholders = placeholders;
    }

    Matcher compile(FieldItem item) {
        Set<Modifier> mods = EnumSet.noneOf(Modifier.class);
        List<Modifier> order = new ArrayList<>();
        for (String m : item.modifiers()) {
            Modifier modifier = Modifier.of(m);
            mods.add(modifier);
            order.add(modifier);
        }
        String field = item.field() == null ? null : fieldMapper.apply(item.field());
        String label = item.field() == null ? "keywords" : item.field();
        Matcher matcher = compile(label, field, mods, order, item.values());
        return mods.contains(Modifier.NEQ) ? new ValueMatchers.Not(matcher) : matcher;
    }

    private Matcher compile(String label, String field, Set<Modifier> mods, List<Modifier> order, List<Object> values) {
        boolean all = mods.contains(Modifier.ALL);
        if (mods.contains(Modifier.EXISTS)) {
            if (field == null || values.size() != 1 || !(values.get(0) instanceof Boolean b)) {
                throw new InvalidItemException(label + "|exists needs a field and one boolean value");
            }
            return new ValueMatchers.Exists(field, b);
        }
        if (mods.contains(Modifier.FIELDREF)) {
            return fieldRef(label, field, mods, values, all);
        }
        if (mods.contains(Modifier.RE)) {
            return regex(label, field, mods, values, all);
        }
        if (mods.contains(Modifier.CIDR)) {
            return cidr(label, field, values, all);
        }
        ValueMatchers.TimePart part = timePart(mods, label);
        if (part != null || mods.contains(Modifier.LT) || mods.contains(Modifier.LTE) || mods.contains(Modifier.GT)
                || mods.contains(Modifier.GTE)) {
            return numeric(label, field, mods, part, values, all);
        }
        for (Modifier m : List.of(Modifier.I, Modifier.M, Modifier.S)) {
            if (mods.contains(m)) {
                throw new InvalidItemException(label + ": modifier '" + m.name().toLowerCase() + "' only goes with 're'");
            }
        }
        return strings(label, field, mods, order, values, all);
    }

    private Matcher strings(String label, String field, Set<Modifier> mods, List<Modifier> order, List<Object> values,
            boolean all) {
        boolean cased = mods.contains(Modifier.CASED);
        List<Matcher> nullChecks = new ArrayList<>();
        List<StringTest> tests = new ArrayList<>();
        List<List<StringTest>> perValue = new ArrayList<>();
        for (Object value : values) {
            if (value == null) {
                if (field == null) {
                    throw new InvalidItemException("a keyword search cannot look for null");
                }
                nullChecks.add(new ValueMatchers.IsNull(field));
                continue;
            }
            List<SigmaPattern> patterns = transform(label, value, mods, order, field == null);
            List<StringTest> variants = new ArrayList<>();
            for (SigmaPattern p : patterns) {
                variants.add(StringTest.compile(cased ? p : p.lowerCase()));
            }
            perValue.add(variants);
            tests.addAll(variants);
        }
        if (all && perValue.size() > 1) {
            // Every value must match; each value may have several variants (windash, encodings).
            List<Matcher> parts = new ArrayList<>(nullChecks);
            for (List<StringTest> variants : perValue) {
                parts.add(stringMatcher(field, variants, cased));
            }
            return ValueMatchers.allOf(parts.toArray(Matcher[]::new));
        }
        Matcher main = tests.isEmpty() ? null : stringMatcher(field, tests, cased);
        if (nullChecks.isEmpty()) {
            return main;
        }
        List<Matcher> parts = new ArrayList<>(nullChecks);
        if (main != null) {
            parts.add(main);
        }
        return parts.size() == 1 ? parts.get(0) : ValueMatchers.anyOf(parts.toArray(Matcher[]::new));
    }

    /** Lists this long or longer are searched with one multi-pattern pass instead of one test each. */
    static final int MULTI_PATTERN_THRESHOLD = 4;

    private static Matcher stringMatcher(String field, List<StringTest> tests, boolean cased) {
        List<StringTest> grouped = new ArrayList<>();
        List<StringTest> literal = new ArrayList<>();
        for (StringTest t : tests) {
            if (t instanceof StringTest.Glob || t instanceof StringTest.AnyValue || t.requiredLiteral().isEmpty()) {
                grouped.add(t);
            } else {
                literal.add(t);
            }
        }
        if (literal.size() >= MULTI_PATTERN_THRESHOLD) {
            grouped.add(0, MultiStringTest.of(literal));
        } else {
            grouped.addAll(0, literal);
        }
        StringTest[] array = grouped.toArray(StringTest[]::new);
        return field == null ? new ValueMatchers.Keywords(array, false, cased)
                : new ValueMatchers.FieldStrings(field, array, false, cased);
    }

    /** Applies the string, encoding and wildcard modifiers to one value, in Sigma's order. */
    private List<SigmaPattern> transform(String label, Object value, Set<Modifier> mods, List<Modifier> order,
            boolean keyword) {
        List<String> texts = new ArrayList<>();
        if (value instanceof String s) {
            texts.add(s);
        } else {
            texts.add(numberText(value));
        }
        if (mods.contains(Modifier.EXPAND)) {
            texts = expand(label, texts);
        }
        boolean encoded = false;
        List<SigmaPattern> patterns = new ArrayList<>();
        boolean plain = !(value instanceof String);
        for (String t : texts) {
            patterns.add(plain ? SigmaPattern.literal(t) : SigmaPattern.parse(t));
        }
        for (Modifier m : order) {
            switch (m) {
                case WINDASH -> patterns = windash(label, patterns);
                case UTF16LE, WIDE, UTF16BE, UTF16, BASE64, BASE64OFFSET -> {
                    if (!encoded) {
                        patterns = encode(label, patterns, order);
                        encoded = true;
                    }
                }
                default -> {
                }
            }
        }
        // A keyword is searched for anywhere in the event's text, as full-text backends do.
        boolean contains = mods.contains(Modifier.CONTAINS) || keyword && !mods.contains(Modifier.STARTSWITH)
                && !mods.contains(Modifier.ENDSWITH);
        boolean starts = mods.contains(Modifier.STARTSWITH);
        boolean ends = mods.contains(Modifier.ENDSWITH);
        if ((contains ? 1 : 0) + (starts ? 1 : 0) + (ends ? 1 : 0) > 1) {
            throw new InvalidItemException(label + ": contains, startswith and endswith exclude each other");
        }
        List<SigmaPattern> out = new ArrayList<>(patterns.size());
        for (SigmaPattern p : patterns) {
            if (contains) {
                p = p.withLeadingStar().withTrailingStar();
            } else if (starts) {
                p = p.withTrailingStar();
            } else if (ends) {
                p = p.withLeadingStar();
            }
            out.add(p);
        }
        return out;
    }

    private static String numberText(Object value) {
        if (value instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d)) {
            return Long.toString(d.longValue());
        }
        return String.valueOf(value);
    }

    private List<String> expand(String label, List<String> texts) {
        List<String> out = new ArrayList<>();
        for (String text : texts) {
            List<String> current = List.of(text);
            java.util.regex.Matcher m = PLACEHOLDER.matcher(text);
            while (m.find()) {
                String name = m.group(1);
                List<String> values = placeholders.get(name).orElseThrow(() -> new InvalidItemException(
                        label + "|expand: placeholder %" + name + "% has no values in the placeholder configuration"));
                List<String> next = new ArrayList<>();
                for (String c : current) {
                    for (String v : values) {
                        next.add(c.replace("%" + name + "%", v));
                    }
                }
                if (next.size() > MAX_VARIANTS) {
                    throw new InvalidItemException(label + "|expand gives more than " + MAX_VARIANTS + " values");
                }
                current = next;
            }
            out.addAll(current);
        }
        return out;
    }

    /**
     * Windows command-line flags may start with '-', '/' or a dash look-alike: every such
     * character that starts a flag (not preceded by a word character, followed by one) takes
     * all five forms.
     */
    private static List<SigmaPattern> windash(String label, List<SigmaPattern> patterns) {
        List<SigmaPattern> out = new ArrayList<>();
        for (SigmaPattern p : patterns) {
            List<Integer> positions = new ArrayList<>();
            for (int i = 0; i < p.chars.length; i++) {
                if (p.kinds[i] != SigmaPattern.LITERAL || !isDash(p.chars[i])) {
                    continue;
                }
                boolean wordBefore = i > 0 && p.kinds[i - 1] == SigmaPattern.LITERAL && isWord(p.chars[i - 1]);
                boolean wordAfter = i + 1 < p.chars.length && p.kinds[i + 1] == SigmaPattern.LITERAL
                        && isWord(p.chars[i + 1]);
                if (!wordBefore && wordAfter) {
                    positions.add(i);
                }
            }
            List<SigmaPattern> variants = List.of(p);
            for (int position : positions) {
                List<SigmaPattern> next = new ArrayList<>();
                for (SigmaPattern v : variants) {
                    for (char dash : DASHES) {
                        next.add(v.replaceLiteral(position, dash));
                    }
                }
                if (next.size() > MAX_VARIANTS) {
                    throw new InvalidItemException(label + "|windash gives more than " + MAX_VARIANTS + " variants");
                }
                variants = next;
            }
            out.addAll(variants);
        }
        return out;
    }

    private static boolean isDash(char c) {
        for (char d : DASHES) {
            if (c == d) {
                return true;
            }
        }
        return false;
    }

    private static boolean isWord(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    /** The encoding modifiers: a UTF-16 form and/or Base64 (plain or at the three offsets). */
    private static List<SigmaPattern> encode(String label, List<SigmaPattern> patterns, List<Modifier> order) {
        Modifier utf = null;
        Modifier base64 = null;
        for (Modifier m : order) {
            switch (m) {
                case UTF16LE, WIDE, UTF16BE, UTF16 -> {
                    if (base64 != null) {
                        throw new InvalidItemException(label + ": a UTF-16 modifier must come before base64");
                    }
                    utf = m;
                }
                case BASE64, BASE64OFFSET -> base64 = m;
                default -> {
                }
            }
        }
        List<SigmaPattern> out = new ArrayList<>();
        for (SigmaPattern p : patterns) {
            if (p.hasWildcards()) {
                throw new InvalidItemException(label + ": encoding modifiers cannot encode wildcards ('" + p.text() + "')");
            }
            byte[] bytes = bytes(p.text(), utf);
            if (base64 == null) {
                out.add(SigmaPattern.literal(new String(bytes, StandardCharsets.ISO_8859_1)));
            } else if (base64 == Modifier.BASE64) {
                out.add(SigmaPattern.literal(Base64.getEncoder().encodeToString(bytes)));
            } else {
                for (String shifted : base64Offsets(bytes)) {
                    out.add(SigmaPattern.literal(shifted));
                }
            }
        }
        return out;
    }

    private static byte[] bytes(String text, Modifier utf) {
        if (utf == null) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        return switch (utf) {
            case UTF16BE -> text.getBytes(StandardCharsets.UTF_16BE);
            case UTF16 -> {
                byte[] le = text.getBytes(StandardCharsets.UTF_16LE);
                byte[] withBom = new byte[le.length + 2];
                withBom[0] = (byte) 0xFF;
                withBom[1] = (byte) 0xFE;
                System.arraycopy(le, 0, withBom, 2, le.length);
                yield withBom;
            }
            default -> text.getBytes(StandardCharsets.UTF_16LE);
        };
    }

    /**
     * The three Base64 forms of a value placed at byte offsets 0, 1 and 2 of a longer encoded
     * text, keeping only the characters that do not depend on the surrounding bytes.
     */
    static List<String> base64Offsets(byte[] value) {
        int[] start = {0, 2, 3};
        int[] endTrim = {0, 3, 2};
        List<String> out = new ArrayList<>(3);
        for (int shift = 0; shift < 3; shift++) {
            byte[] padded = new byte[value.length + shift];
            System.arraycopy(value, 0, padded, shift, value.length);
            for (int i = 0; i < shift; i++) {
                padded[i] = ' ';
            }
            String encoded = Base64.getEncoder().encodeToString(padded);
            int trim = endTrim[(value.length + shift) % 3];
            int end = encoded.length() - trim;
            if (end > start[shift]) {
                out.add(encoded.substring(start[shift], end));
            }
        }
        return out;
    }

    private Matcher regex(String label, String field, Set<Modifier> mods, List<Object> values, boolean all) {
        if (field == null) {
            throw new InvalidItemException("a keyword search cannot use 're'");
        }
        int flags = 0;
        if (mods.contains(Modifier.I)) {
            flags |= com.google.re2j.Pattern.CASE_INSENSITIVE;
        }
        if (mods.contains(Modifier.M)) {
            flags |= com.google.re2j.Pattern.MULTILINE;
        }
        if (mods.contains(Modifier.S)) {
            flags |= com.google.re2j.Pattern.DOTALL;
        }
        List<Matcher> parts = new ArrayList<>();
        for (Object value : values) {
            if (!(value instanceof String s)) {
                throw new InvalidItemException(label + "|re needs string values");
            }
            try {
                // Inline flags such as (?i) change case handling: then compare lower-cased, which is safe.
                boolean ignoreCase = mods.contains(Modifier.I) || s.contains("(?");
                String literal = RegexLiterals.longestCertain(s);
                // Multi-line mode lets ^ and $ match inside the value: the length bound still holds.
                parts.add(new ValueMatchers.Regex(field, com.google.re2j.Pattern.compile(s, flags),
                        ignoreCase ? literal.toLowerCase(java.util.Locale.ROOT) : literal, ignoreCase,
                        RegexLiterals.minimumLength(s),
                        mods.contains(Modifier.M) ? null
                                : RegexDfa.compile(s, mods.contains(Modifier.I), mods.contains(Modifier.S))));
            } catch (com.google.re2j.PatternSyntaxException e) {
                throw new InvalidItemException(label + "|re: '" + s + "' is not a regular expression the linear-time"
                        + " engine accepts (" + e.getDescription() + ")");
            }
        }
        return combine(parts, all);
    }

    private static Matcher cidr(String label, String field, List<Object> values, boolean all) {
        if (field == null) {
            throw new InvalidItemException("a keyword search cannot use 'cidr'");
        }
        List<IPAddress> networks = new ArrayList<>();
        for (Object value : values) {
            IPAddress network = value == null ? null : new IPAddressString(value.toString().trim()).getAddress();
            if (network == null) {
                throw new InvalidItemException(label + "|cidr: '" + value + "' is not an IPv4 or IPv6 network");
            }
            networks.add(network.toPrefixBlock());
        }
        if (all) {
            List<Matcher> parts = new ArrayList<>();
            for (IPAddress n : networks) {
                parts.add(new ValueMatchers.Cidr(field, new IPAddress[] {n}));
            }
            return ValueMatchers.allOf(parts.toArray(Matcher[]::new));
        }
        return new ValueMatchers.Cidr(field, networks.toArray(IPAddress[]::new));
    }

    private static ValueMatchers.TimePart timePart(Set<Modifier> mods, String label) {
        ValueMatchers.TimePart part = null;
        for (Modifier m : List.of(Modifier.MINUTE, Modifier.HOUR, Modifier.DAY, Modifier.WEEK, Modifier.MONTH,
                Modifier.YEAR)) {
            if (mods.contains(m)) {
                if (part != null) {
                    throw new InvalidItemException(label + ": two time modifiers");
                }
                part = ValueMatchers.TimePart.of(m.name());
            }
        }
        return part;
    }

    private static Matcher numeric(String label, String field, Set<Modifier> mods, ValueMatchers.TimePart part,
            List<Object> values, boolean all) {
        if (field == null) {
            throw new InvalidItemException("a keyword search cannot compare numbers");
        }
        List<Matcher> parts = new ArrayList<>();
        for (Object value : values) {
            if (!(value instanceof Number n)) {
                throw new InvalidItemException(label + ": a numeric or time modifier needs numbers, got '" + value + "'");
            }
            double x = n.doubleValue();
            DoublePredicate test;
            if (mods.contains(Modifier.LT)) {
                test = v -> v < x;
            } else if (mods.contains(Modifier.LTE)) {
                test = v -> v <= x;
            } else if (mods.contains(Modifier.GT)) {
                test = v -> v > x;
            } else if (mods.contains(Modifier.GTE)) {
                test = v -> v >= x;
            } else {
                test = v -> v == x;
            }
            parts.add(new ValueMatchers.Numeric(field, part, test));
        }
        return combine(parts, all);
    }

    private Matcher fieldRef(String label, String field, Set<Modifier> mods, List<Object> values, boolean all) {
        if (field == null) {
            throw new InvalidItemException("a keyword search cannot use 'fieldref'");
        }
        ValueMatchers.FieldRef.Mode mode = mods.contains(Modifier.STARTSWITH) ? ValueMatchers.FieldRef.Mode.STARTS
                : mods.contains(Modifier.ENDSWITH) ? ValueMatchers.FieldRef.Mode.ENDS
                : mods.contains(Modifier.CONTAINS) ? ValueMatchers.FieldRef.Mode.CONTAINS
                : ValueMatchers.FieldRef.Mode.EQUALS;
        List<Matcher> parts = new ArrayList<>();
        for (Object value : values) {
            if (!(value instanceof String other) || other.isBlank()) {
                throw new InvalidItemException(label + "|fieldref needs field names as values");
            }
            parts.add(new ValueMatchers.FieldRef(field, fieldMapper.apply(other), mode, mods.contains(Modifier.CASED)));
        }
        return combine(parts, all);
    }

    private static Matcher combine(List<Matcher> parts, boolean all) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        Matcher[] array = parts.toArray(Matcher[]::new);
        return all ? ValueMatchers.allOf(array) : ValueMatchers.anyOf(array);
    }
}
