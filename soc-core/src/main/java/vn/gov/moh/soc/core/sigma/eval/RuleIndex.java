package vn.gov.moh.soc.core.sigma.eval;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.gov.moh.soc.core.event.Event;

/**
 * Pre-filters the rules of one log source by literal values. For each rule it derives, from the
 * compiled condition, a set of (field, literal) pairs at least one of which must occur in the
 * event (lower-cased, as a substring) for the rule to match: the most selective operand of an
 * AND, the union of an OR. An event is then scanned once per indexed field with an
 * Aho-Corasick automaton, and only the rules whose literals occur, plus the rules that yield no
 * such set (negations only, numbers, regular expressions, ...), are evaluated.
 */
final class RuleIndex {
    record Literal(String field, String text) {
    }

    /** The pseudo-field of keyword searches: the text they search (see {@link #keywordText}). */
    static final String KEYWORD_TEXT = "\u0000keywords";

    private final List<CompiledRule> rules;
    private final int[] alwaysEvaluated;
    private final String[] fields;
    private final AhoCorasick[] automata;
    private final int[][][] rulesByPattern;

    RuleIndex(List<CompiledRule> rules) {
        this.rules = List.copyOf(rules);
        List<Integer> always = new ArrayList<>();
        Map<String, Map<String, List<Integer>>> byField = new LinkedHashMap<>();
        for (int r = 0; r < rules.size(); r++) {
            List<Literal> required = required(rules.get(r).condition());
            if (required == null) {
                always.add(r);
                continue;
            }
            for (Literal l : required) {
                byField.computeIfAbsent(l.field(), k -> new LinkedHashMap<>())
                        .computeIfAbsent(l.text(), k -> new ArrayList<>()).add(r);
            }
        }
        alwaysEvaluated = always.stream().mapToInt(Integer::intValue).toArray();
        fields = byField.keySet().toArray(String[]::new);
        automata = new AhoCorasick[fields.length];
        rulesByPattern = new int[fields.length][][];
        for (int f = 0; f < fields.length; f++) {
            Map<String, List<Integer>> literals = byField.get(fields[f]);
            automata[f] = new AhoCorasick(new ArrayList<>(literals.keySet()));
            rulesByPattern[f] = literals.values().stream()
                    .map(list -> list.stream().distinct().mapToInt(Integer::intValue).toArray())
                    .toArray(int[][]::new);
        }
    }

    int size() {
        return rules.size();
    }

    /** How many of the rules the literal index can skip. */
    int indexedRules() {
        return rules.size() - alwaysEvaluated.length;
    }

    List<CompiledRule> match(Event event) {
        BitSet candidates = candidates(event);
        List<CompiledRule> hits = null;
        for (int r = candidates.nextSetBit(0); r >= 0; r = candidates.nextSetBit(r + 1)) {
            CompiledRule rule = rules.get(r);
            if (rule.matches(event)) {
                if (hits == null) {
                    hits = new ArrayList<>(2);
                }
                hits.add(rule);
            }
        }
        return hits == null ? List.of() : hits;
    }

    /** The rules worth evaluating for the event (by position in the rule list). */
    BitSet candidates(Event event) {
        BitSet candidates = new BitSet(rules.size());
        for (int r : alwaysEvaluated) {
            candidates.set(r);
        }
        for (int f = 0; f < fields.length; f++) {
            Object value = fields[f].equals(KEYWORD_TEXT) ? keywordText(event) : event.lower(fields[f]);
            if (value == null) {
                continue;
            }
            int[][] byPattern = rulesByPattern[f];
            AhoCorasick.Hit hit = (p, end) -> {
                for (int r : byPattern[p]) {
                    candidates.set(r);
                }
                return false;
            };
            if (value instanceof List<?> list) {
                for (Object item : list) {
                    if (item != null) {
                        automata[f].search(item.toString(), hit);
                    }
                }
            } else {
                automata[f].search(value.toString(), hit);
            }
        }
        return candidates;
    }

    /**
     * The lower-cased text a keyword search looks in: the raw record or the message when the event
     * has one, else every string value (any of which a keyword may be found in).
     */
    private static Object keywordText(Event event) {
        for (String field : List.of("event.original", "message")) {
            if (event.get(field) instanceof String) {
                return event.lower(field);
            }
        }
        List<Object> all = new ArrayList<>();
        for (var e : event.fields().entrySet()) {
            if (e.getValue() instanceof String || e.getValue() instanceof List) {
                Object lower = event.lower(e.getKey());
                if (lower instanceof List<?> list) {
                    all.addAll(list);
                } else {
                    all.add(lower);
                }
            }
        }
        return all;
    }

    /** Literals one of which must occur for the matcher to hold, or null if none can be named. */
    static List<Literal> required(Matcher m) {
        if (m instanceof ValueMatchers.FieldStrings fs) {
            List<Literal> out = new ArrayList<>();
            if (fs.all()) {
                return null;
            }
            for (StringTest t : fs.tests()) {
                List<String> literals = t.literals();
                if (literals.isEmpty()) {
                    return null;
                }
                for (String l : literals) {
                    String lower = l.toLowerCase(Locale.ROOT);
                    if (lower.length() != l.length()) {
                        return null;
                    }
                    out.add(new Literal(fs.field(), lower));
                }
            }
            return out;
        }
        if (m instanceof ValueMatchers.Keywords kw) {
            if (kw.all()) {
                return null;
            }
            List<Literal> out = new ArrayList<>();
            for (StringTest t : kw.tests()) {
                List<String> literals = t.literals();
                if (literals.isEmpty()) {
                    return null;
                }
                for (String l : literals) {
                    String lower = l.toLowerCase(Locale.ROOT);
                    if (lower.length() != l.length()) {
                        return null;
                    }
                    out.add(new Literal(KEYWORD_TEXT, lower));
                }
            }
            return out;
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
