package vn.gov.moh.soc.core.sigma.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import vn.gov.moh.soc.core.event.Event;

/**
 * Pre-filters the rules of one log source by literal values. For each rule it derives, from the
 * compiled condition, a set of (field, literal) pairs at least one of which must occur in the
 * event (lower-cased, as a substring) for the rule to match: the most selective operand of an
 * AND, the union of an OR. An event is then scanned once per indexed field with a {@link
 * LiteralScanner}, and only the rules whose literals occur, plus the rules that yield no
 * such set (negations only, numbers, regular expressions, ...), are evaluated; of a candidate,
 * only the operands the scan has not already answered.
 */
final class RuleIndex {
    record Literal(String field, String text) {
    }

    /**
     * Literals one of which must occur for a part of a rule's condition to hold (an operand of
     * its AND, or the whole condition). The group is exact when finding one of them in its field
     * is the part's whole test: then the index's scan has answered the part.
     */
    record Group(List<Literal> literals, Matcher part, boolean exact) {
    }

    /** The pseudo-field of keyword searches: the text they search (see {@link #keywordField}). */
    static final String KEYWORD_TEXT = "\u0000keywords";

    private final List<CompiledRule> rules;
    private final int[] alwaysEvaluated;
    /** The position of each indexed field in {@link #fieldLiterals} and the scanner arrays. */
    private final Map<String, Integer> fieldSlots = new HashMap<>();
    /** Per indexed field, its literals and the postings of each (rule and group bits). */
    private final List<Map<String, List<Integer>>> fieldLiterals = new ArrayList<>();
    /** The keyword literals and their postings; null if no rule searches keywords. */
    private final Map<String, List<Integer>> keywordLiterals;
    /**
     * Per indexed field, its scanner for events with a keyword text (the field's own literals)
     * and for events without one (the keyword literals too), each built when first needed: the
     * events of one log source all have a keyword text (syslog, access logs) or none (Windows).
     * A scanner is immutable, so two threads building the same one at once is harmless.
     */
    private final FieldScanner[] plain;
    private final FieldScanner[] withKeywords;
    /** The keyword literals alone, for the keyword text or the values no indexed field holds; null without keywords. */
    private final FieldScanner keywordScanner;
    /** For each indexed rule, the bits of all its literal groups: it is a candidate when all are seen. */
    private final int[] fullMask;
    /** For each rule, what is left to evaluate of its condition once it is a candidate (see {@link #residual}). */
    private final Matcher[] residual;
    /** Most literal groups (AND operands) indexed per rule. */
    static final int MAX_GROUPS = 4;

    RuleIndex(List<CompiledRule> rules) {
        this.rules = List.copyOf(rules);
        List<Integer> always = new ArrayList<>();
        Map<String, Map<String, List<Integer>>> byField = new LinkedHashMap<>();
        fullMask = new int[rules.size()];
        residual = new Matcher[rules.size()];
        for (int r = 0; r < rules.size(); r++) {
            Matcher condition = rules.get(r).condition();
            List<Group> groups = requiredGroups(condition);
            if (groups == null) {
                always.add(r);
                residual[r] = condition;
                continue;
            }
            fullMask[r] = (1 << groups.size()) - 1;
            Set<Matcher> answered = Collections.newSetFromMap(new IdentityHashMap<>());
            groups.stream().filter(Group::exact).forEach(g -> answered.add(g.part()));
            residual[r] = residual(condition, answered);
            for (int g = 0; g < groups.size(); g++) {
                for (Literal l : groups.get(g).literals()) {
                    // A posting packs the rule and the bit of its group.
                    byField.computeIfAbsent(l.field(), k -> new LinkedHashMap<>())
                            .computeIfAbsent(l.text(), k -> new ArrayList<>()).add(r << 3 | g);
                }
            }
        }
        alwaysEvaluated = always.stream().mapToInt(Integer::intValue).toArray();
        keywordLiterals = byField.remove(KEYWORD_TEXT);
        byField.forEach((field, literals) -> {
            fieldSlots.put(field, fieldLiterals.size());
            fieldLiterals.add(literals);
        });
        plain = new FieldScanner[fieldLiterals.size()];
        withKeywords = keywordLiterals == null ? plain : new FieldScanner[fieldLiterals.size()];
        keywordScanner = keywordLiterals == null ? null : new FieldScanner(keywordLiterals);
    }

    /** A scanner and, for each of its literals, the postings to mark when it is found. */
    private static final class FieldScanner {
        final LiteralScanner scanner;
        final int[][] postings;

        FieldScanner(Map<String, List<Integer>> literals) {
            scanner = new LiteralScanner(new ArrayList<>(literals.keySet()));
            postings = literals.values().stream()
                    .map(list -> list.stream().distinct().mapToInt(Integer::intValue).toArray())
                    .toArray(int[][]::new);
        }
    }

    /**
     * The scanner of an indexed field. For events without a keyword text, the keyword literals
     * are filed under every field too: a value is then read once for both, and only the values
     * of fields no rule names need the keyword scanner of their own. A keyword found in a field
     * only adds a candidate, which the rule's own evaluation then rejects, so the index stays a
     * safe pre-filter.
     */
    private FieldScanner scanner(int field, boolean keywords) {
        boolean addKeywords = keywords && keywordLiterals != null;
        FieldScanner[] built = addKeywords ? withKeywords : plain;
        FieldScanner scanner = built[field];
        if (scanner == null) {
            Map<String, List<Integer>> literals = new LinkedHashMap<>();
            fieldLiterals.get(field).forEach((text, postings) -> literals.put(text, new ArrayList<>(postings)));
            if (addKeywords) {
                keywordLiterals.forEach((text, postings) ->
                        literals.computeIfAbsent(text, k -> new ArrayList<>()).addAll(postings));
            }
            scanner = new FieldScanner(literals);
            built[field] = scanner;
        }
        return scanner;
    }

    int size() {
        return rules.size();
    }

    /** How many of the rules the literal index can skip. */
    int indexedRules() {
        return rules.size() - alwaysEvaluated.length;
    }

    List<CompiledRule> match(Event event) {
        Scratch scratch = SCRATCH.get().ready(this);
        try {
            candidates(event, scratch);
            BitSet candidates = scratch.candidates;
            List<CompiledRule> hits = null;
            for (int r = candidates.nextSetBit(0); r >= 0; r = candidates.nextSetBit(r + 1)) {
                if (residual[r].matches(event)) {
                    if (hits == null) {
                        hits = new ArrayList<>(2);
                    }
                    hits.add(rules.get(r));
                }
            }
            return hits == null ? List.of() : hits;
        } finally {
            scratch.clear();
        }
    }

    /** The rules worth evaluating for the event (by position in the rule list). */
    BitSet candidates(Event event) {
        Scratch scratch = new Scratch().ready(this);
        candidates(event, scratch);
        return scratch.candidates;
    }

    /**
     * Per-thread working memory of {@link #match}, so that an event allocates nothing for its
     * candidates: the group bits seen per rule (reset through the list of rules touched), the
     * candidate set and the values scanned. It is also what the event's fields are handed to, and
     * what the scanners report found literals to.
     */
    private static final class Scratch implements BiConsumer<String, Object>, LiteralScanner.Found {
        int[] seen = new int[0];
        int[] touched = new int[64];
        int touchedCount;
        final BitSet candidates = new BitSet();
        /** The values scanned as indexed fields, then those of other fields a keyword scan may need. */
        Object[] scanned = new Object[16];
        int scannedCount;
        Object[] unindexed = new Object[16];
        int unindexedCount;
        /** The event's keyword text (see {@link RuleIndex#keywordField}), and whether a field scan covered it. */
        String keywordField;
        boolean keywordTextScanned;
        /** The index scanning the event, and the postings of the scanner now running. */
        private RuleIndex index;
        private int[][] postings;

        Scratch ready(RuleIndex index) {
            if (seen.length < index.rules.size()) {
                seen = new int[index.rules.size()];
            }
            this.index = index;
            return this;
        }

        @Override
        public void accept(String field, Object value) {
            index.scanField(field, value, this);
        }

        Scratch reporting(int[][] postings) {
            this.postings = postings;
            return this;
        }

        /** Marks the groups of the rules a found literal belongs to; a rule whose groups are all seen is a candidate. */
        @Override
        public void literal(int p) {
            int[] fullMask = index.fullMask;
            for (int posting : postings[p]) {
                int r = posting >>> 3;
                if (seen[r] == 0) {
                    if (touchedCount == touched.length) {
                        touched = Arrays.copyOf(touched, touchedCount * 2);
                    }
                    touched[touchedCount++] = r;
                }
                seen[r] |= 1 << (posting & 7);
                if (seen[r] == fullMask[r]) {
                    candidates.set(r);
                }
            }
        }

        void scanned(Object value) {
            if (scannedCount == scanned.length) {
                scanned = Arrays.copyOf(scanned, scannedCount * 2);
            }
            scanned[scannedCount++] = value;
        }

        void unindexed(Object value) {
            if (unindexedCount == unindexed.length) {
                unindexed = Arrays.copyOf(unindexed, unindexedCount * 2);
            }
            unindexed[unindexedCount++] = value;
        }

        void clear() {
            for (int i = 0; i < touchedCount; i++) {
                seen[touched[i]] = 0;
            }
            touchedCount = 0;
            candidates.clear();
            Arrays.fill(scanned, 0, scannedCount, null);
            Arrays.fill(unindexed, 0, unindexedCount, null);
            scannedCount = 0;
            unindexedCount = 0;
            index = null;
            postings = null;
            keywordField = null;
            keywordTextScanned = false;
        }
    }

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    private void candidates(Event event, Scratch scratch) {
        BitSet candidates = scratch.candidates;
        for (int r : alwaysEvaluated) {
            candidates.set(r);
        }
        scratch.keywordField = keywordScanner == null ? null : keywordField(event);
        // One walk over the event's fields serves both the indexed fields (looked up by name) and
        // the values a keyword search needs: no lookup per indexed field and then a second walk.
        event.fields().forEach(scratch);
        if (keywordScanner == null) {
            return;
        }
        Scratch hit = scratch.reporting(keywordScanner.postings);
        if (scratch.keywordField != null) {
            if (!scratch.keywordTextScanned) {
                keywordScanner.scanner.scanIgnoringCase(event.text(scratch.keywordField), hit);
            }
            return;
        }
        // Parsers often file one value under two names (winlog.event_data.Image and
        // process.executable): the same object is scanned once.
        Object[] values = scratch.unindexed;
        for (int i = 0; i < scratch.unindexedCount; i++) {
            Object value = values[i];
            if (!contains(scratch.scanned, scratch.scannedCount, value) && !contains(values, i, value)) {
                scanValue(value, keywordScanner.scanner, hit);
            }
        }
    }

    /**
     * What a keyword search looks in: the raw record or the message when the event has one (the
     * field's name), else every string value (null).
     */
    private static String keywordField(Event event) {
        for (String field : KEYWORD_FIELDS) {
            if (event.get(field) instanceof String) {
                return field;
            }
        }
        return null;
    }

    /**
     * Scans one field of the event with its field's scanner; keeps the value of a field no rule
     * names for the keyword scan when the event has no keyword text.
     */
    private void scanField(String field, Object value, Scratch scratch) {
        if (value == null) {
            return;
        }
        Integer f = fieldSlots.get(field);
        if (f != null) {
            boolean keywordText = field.equals(scratch.keywordField);
            scratch.keywordTextScanned |= keywordText;
            boolean keywords = scratch.keywordField == null || keywordText;
            scratch.scanned(value);
            FieldScanner scanner = scanner(f, keywords);
            scanValue(value, scanner.scanner, scratch.reporting(scanner.postings));
        } else if (keywordScanner != null && scratch.keywordField == null
                && (value instanceof String || value instanceof List)) {
            scratch.unindexed(value);
        }
    }

    /** Scans a value as lower-case text (list elements one by one). */
    private static void scanValue(Object value, LiteralScanner scanner, LiteralScanner.Found hit) {
        if (value instanceof List<?> list) {
            for (Object item : list) {
                if (item != null) {
                    scanner.scanIgnoringCase(item.toString(), hit);
                }
            }
        } else {
            scanner.scanIgnoringCase(value.toString(), hit);
        }
    }

    private static final List<String> KEYWORD_FIELDS = List.of("event.original", "message");

    private static boolean contains(Object[] objects, int count, Object value) {
        for (int i = 0; i < count; i++) {
            if (objects[i] == value) {
                return true;
            }
        }
        return false;
    }

    /**
     * Groups of literals such that, for the matcher to hold, one literal of every group must
     * occur (an AND contributes its operands' groups, at most {@link #MAX_GROUPS}, the most
     * selective first); null if nothing can be said.
     */
    static List<Group> requiredGroups(Matcher m) {
        if (m instanceof ValueMatchers.AllOf all) {
            List<Group> groups = new ArrayList<>();
            for (Matcher part : all.parts()) {
                List<Group> g = requiredGroups(part);
                if (g != null) {
                    groups.addAll(g);
                }
            }
            if (groups.isEmpty()) {
                return null;
            }
            groups.sort((a, b) -> better(a.literals(), b.literals()) ? -1 : better(b.literals(), a.literals()) ? 1 : 0);
            return new ArrayList<>(groups.subList(0, Math.min(MAX_GROUPS, groups.size())));
        }
        List<Literal> single = required(m);
        return single == null ? null : List.of(new Group(single, m, answeredByScan(m)));
    }

    /**
     * Whether the matcher holds exactly when one of its literals occurs in its field's value,
     * lower-cased: case-insensitive substring tests (any of them), alone or OR-ed. The scan
     * reports a literal of a field only where that field holds it, so a group of such a part is
     * seen exactly when the part holds. (Keyword groups are not: a keyword may be reported from
     * any field.)
     */
    static boolean answeredByScan(Matcher m) {
        if (m instanceof ValueMatchers.FieldStrings fs) {
            if (fs.all() || fs.caseSensitive()) {
                return false;
            }
            for (StringTest t : fs.tests()) {
                if (!t.substringsOnly() || !t.literals().stream().allMatch(l -> l.equals(l.toLowerCase(Locale.ROOT)))) {
                    return false;
                }
            }
            return true;
        }
        if (m instanceof ValueMatchers.AnyOf any) {
            return Arrays.stream(any.parts()).allMatch(RuleIndex::answeredByScan);
        }
        return false;
    }

    /**
     * The condition without the operands of its AND (nested ANDs included) that the scan has
     * answered: a candidate has all its groups seen, so those operands hold.
     */
    static Matcher residual(Matcher condition, Set<Matcher> answered) {
        if (answered.contains(condition)) {
            return Matcher.ALWAYS;
        }
        if (!(condition instanceof ValueMatchers.AllOf all)) {
            return condition;
        }
        List<Matcher> rest = new ArrayList<>();
        for (Matcher part : all.parts()) {
            Matcher left = residual(part, answered);
            if (left != Matcher.ALWAYS) {
                rest.add(left);
            }
        }
        return rest.isEmpty() ? Matcher.ALWAYS : rest.size() == 1 ? rest.get(0)
                : rest.size() == all.parts().length ? condition : new ValueMatchers.AllOf(rest.toArray(Matcher[]::new));
    }

    /** Literals one of which must occur for the matcher to hold, or null if none can be named. */
    static List<Literal> required(Matcher m) {
        if (m instanceof ValueMatchers.FieldStrings fs) {
            return fs.all() ? null : literalsOf(fs.tests(), fs.field());
        }
        if (m instanceof ValueMatchers.Keywords kw) {
            return kw.all() ? null : literalsOf(kw.tests(), KEYWORD_TEXT);
        }
        if (m instanceof ValueMatchers.Regex re) {
            String lower = re.literal().toLowerCase(Locale.ROOT);
            return lower.length() < 3 || lower.length() != re.literal().length() ? null
                    : List.of(new Literal(re.field(), lower));
        }
        if (m instanceof ValueMatchers.AnyOf any) {
            List<Literal> out = new ArrayList<>();
            for (Matcher part : any.parts()) {
                List<Literal> r = required(part);
                if (r == null) {
                    return null;
                }
                out.addAll(r);
            }
            return out;
        }
        if (m instanceof ValueMatchers.AllOf all) {
            List<Literal> best = null;
            for (Matcher part : all.parts()) {
                List<Literal> r = required(part);
                if (r != null && (best == null || better(r, best))) {
                    best = r;
                }
            }
            return best;
        }
        return null;
    }

    /** The lower-cased literals of string tests on one field, or null if a test has none. */
    private static List<Literal> literalsOf(StringTest[] tests, String field) {
        List<Literal> out = new ArrayList<>();
        for (StringTest t : tests) {
            List<String> literals = t.literals();
            if (literals.isEmpty()) {
                return null;
            }
            for (String l : literals) {
                String lower = l.toLowerCase(Locale.ROOT);
                if (lower.length() != l.length()) {
                    return null;
                }
                out.add(new Literal(field, lower));
            }
        }
        return out;
    }

    /**
     * Which operand of an AND to index the rule by: literals of at least {@link #SELECTIVE}
     * characters on short fields (file names, paths) first, since their automata are small and
     * their values short; then the longer shortest literal; then fewer literals.
     */
    private static boolean better(List<Literal> a, List<Literal> b) {
        int scoreA = score(a);
        int scoreB = score(b);
        return scoreA != scoreB ? scoreA > scoreB : a.size() < b.size();
    }

    private static final int SELECTIVE = 4;

    private static int score(List<Literal> literals) {
        int min = literals.stream().mapToInt(l -> l.text().length()).min().orElse(0);
        boolean longText = literals.stream().anyMatch(l -> LONG_TEXT_FIELDS.contains(l.field()));
        int score = Math.min(min, 12);
        return min >= SELECTIVE && !longText ? score + 100 : score;
    }

    /** Fields whose values are long free text: scanning them costs most. */
    private static final java.util.Set<String> LONG_TEXT_FIELDS = java.util.Set.of("process.command_line",
            "process.parent.command_line", "winlog.event_data.Hashes", KEYWORD_TEXT, "message", "event.original",
            "url.original", "url.query");

}
