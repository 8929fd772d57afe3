package vn.gov.moh.soc.core.sigma.eval;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A deterministic automaton for the regular expressions Sigma allows (literals, {@code .},
 * classes, the Perl classes {@code \d \w \s} and their negations, groups, alternation,
 * {@code * + ? {n,m}}, {@code ^} at the start and {@code $} at the end), built completely at load
 * time with a cap on its size, so a search costs one table read per character. RE2/J stays the
 * engine for everything else: {@link #compile} returns null for an expression outside this subset
 * or one whose automaton would exceed the cap, and {@link #find} returns null for a value with
 * surrogate pairs (where RE2/J counts code points). The semantics are RE2's: {@code .} does not
 * match a newline unless DOTALL, {@code $} is the end of the value.
 */
final class RegexDfa {
    /** Largest automaton built, in states; beyond it RE2/J runs instead. */
    static final int MAX_STATES = 4000;
    private static final int MAX_NFA = 20_000;
    private static final int MAX_REPEAT = 200;

    private final char[] boundaries; // class i covers [boundaries[i], boundaries[i+1])
    private final byte[] asciiClass;
    private final int classes;
    private final int[] table; // state * classes + class -> state
    private final boolean[] accepting;
    private final boolean anchoredEnd;

    private RegexDfa(char[] boundaries, int[] table, boolean[] accepting, boolean anchoredEnd) {
        this.boundaries = boundaries;
        this.classes = boundaries.length;
        this.table = table;
        this.accepting = accepting;
        this.anchoredEnd = anchoredEnd;
        this.asciiClass = new byte[128];
        for (char c = 0; c < 128; c++) {
            asciiClass[c] = (byte) classOf(c);
        }
    }

    private int classOf(char c) {
        int i = Arrays.binarySearch(boundaries, c);
        return i >= 0 ? i : -i - 2;
    }

    /**
     * True if the expression matches somewhere in the text; null if the text holds surrogate
     * pairs and the caller must ask RE2/J.
     */
    Boolean find(String text) {
        int state = 0;
        if (accepting[0] && !anchoredEnd) {
            return Boolean.TRUE;
        }
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                return null;
            }
            state = table[state * classes + (c < 128 ? asciiClass[c] : classOf(c))];
            if (state < 0) {
                return Boolean.FALSE; // dead: anchored at the start and no longer possible
            }
            if (accepting[state] && !anchoredEnd) {
                return Boolean.TRUE;
            }
        }
        return accepting[state];
    }

    // ---------------------------------------------------------------- compilation

    /** Builds the automaton, or returns null when the expression is outside the subset or too big. */
    static RegexDfa compile(String regex, boolean ignoreCase, boolean dotAll) {
        try {
            Parser p = new Parser(regex, ignoreCase, dotAll);
            Nfa nfa = p.parse();
            return nfa == null ? null : determinize(nfa, p.anchoredStart, p.anchoredEnd);
        } catch (Unsupported e) {
            return null;
        }
    }

    private static final class Unsupported extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unsupported() {
            super(null, null, false, false);
        }
    }

    /** Sorted, disjoint, inclusive ranges of characters. */
    private static final class CharSet {
        final List<int[]> ranges = new ArrayList<>();

        CharSet add(int from, int to) {
            ranges.add(new int[] {from, to});
            return this;
        }

        CharSet addAll(CharSet other) {
            ranges.addAll(other.ranges);
            return this;
        }

        CharSet normalized() {
            ranges.sort((a, b) -> Integer.compare(a[0], b[0]));
            List<int[]> merged = new ArrayList<>();
            for (int[] r : ranges) {
                if (!merged.isEmpty() && r[0] <= merged.get(merged.size() - 1)[1] + 1) {
                    int[] last = merged.get(merged.size() - 1);
                    last[1] = Math.max(last[1], r[1]);
                } else {
                    merged.add(new int[] {r[0], r[1]});
                }
            }
            CharSet out = new CharSet();
            out.ranges.addAll(merged);
            return out;
        }

        CharSet negated() {
            CharSet n = normalized();
            CharSet out = new CharSet();
            int next = 0;
            for (int[] r : n.ranges) {
                if (r[0] > next) {
                    out.add(next, r[0] - 1);
                }
                next = r[1] + 1;
            }
            if (next <= 0xFFFF) {
                out.add(next, 0xFFFF);
            }
            return out;
        }

        /**
         * Adds the other case of each character (simple one-to-one case mappings). Ranges of more
         * than 256 characters beyond ASCII make the expression unsupported: RE2 folds whole case
         * orbits, which a range that wide would have to reproduce exactly.
         */
        CharSet caseFolded() {
            CharSet out = new CharSet().addAll(this);
            for (int[] r : ranges) {
                for (int c = r[0]; c <= Math.min(r[1], 127); c++) {
                    if (c >= 'a' && c <= 'z') {
                        out.add(c - 32, c - 32);
                    } else if (c >= 'A' && c <= 'Z') {
                        out.add(c + 32, c + 32);
                    }
                }
                if (r[1] >= 128) {
                    int from = Math.max(r[0], 128);
                    if (r[1] - from > 256) {
                        throw new Unsupported();
                    }
                    for (int c = from; c <= r[1]; c++) {
                        int lower = Character.toLowerCase(c);
                        int upper = Character.toUpperCase(c);
                        if (lower > 0xFFFF || upper > 0xFFFF || lower < 128 && lower != c || upper < 128 && upper != c) {
                            throw new Unsupported(); // e.g. the Kelvin sign folds to 'k'
                        }
                        out.add(lower, lower);
                        out.add(upper, upper);
                    }
                }
            }
            return out.normalized();
        }
    }

    /** Thompson automaton: edges on character sets and empty moves. */
    private static final class Nfa {
        final List<List<int[]>> charEdges = new ArrayList<>(); // state -> {setIndex, target}
        final List<List<Integer>> empty = new ArrayList<>();
        final List<CharSet> sets = new ArrayList<>();
        int start;
        int accept;

        int state() {
            if (charEdges.size() >= MAX_NFA) {
                throw new Unsupported();
            }
            charEdges.add(new ArrayList<>());
            empty.add(new ArrayList<>());
            return charEdges.size() - 1;
        }
    }

    /** A fragment of the automaton: entry and exit states. */
    private record Frag(int in, int out) {
    }

    /** Recursive-descent parser producing the automaton directly. */
    private static final class Parser {
        private final String re;
        private final boolean ignoreCase;
        private final boolean dotAll;
        private final Nfa nfa = new Nfa();
        private int pos;
        boolean anchoredStart;
        boolean anchoredEnd;

        Parser(String re, boolean ignoreCase, boolean dotAll) {
            this.re = re;
            this.ignoreCase = ignoreCase;
            this.dotAll = dotAll;
        }

        Nfa parse() {
            String body = re;
            if ((body.startsWith("^") || body.endsWith("$")) && hasTopLevelAlternation(body)) {
                throw new Unsupported(); // ^a|b anchors only its first alternative
            }
            if (body.startsWith("^")) {
                anchoredStart = true;
                pos = 1;
            }
            int end = body.length();
            if (end > pos && body.charAt(end - 1) == '$' && !escaped(body, end - 1)) {
                anchoredEnd = true;
                end--;
            }
            Frag f = alternation(end);
            if (pos != end) {
                throw new Unsupported();
            }
            nfa.start = f.in();
            nfa.accept = f.out();
            return nfa;
        }

        private static boolean hasTopLevelAlternation(String s) {
            int depth = 0;
            boolean inClass = false;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '\\') {
                    i++;
                } else if (inClass) {
                    inClass = c != ']';
                } else if (c == '[') {
                    inClass = true;
                    if (i + 1 < s.length() && s.charAt(i + 1) == ']') {
                        i++;
                    }
                } else if (c == '(') {
                    depth++;
                } else if (c == ')') {
                    depth--;
                } else if (c == '|' && depth == 0) {
                    return true;
                }
            }
            return false;
        }

        private static boolean escaped(String s, int at) {
            int backslashes = 0;
            for (int i = at - 1; i >= 0 && s.charAt(i) == '\\'; i--) {
                backslashes++;
            }
            return backslashes % 2 == 1;
        }

        private Frag alternation(int end) {
            List<Frag> options = new ArrayList<>();
            options.add(concatenation(end));
            while (pos < end && re.charAt(pos) == '|') {
                pos++;
                options.add(concatenation(end));
            }
            if (options.size() == 1) {
                return options.get(0);
            }
            int in = nfa.state();
            int out = nfa.state();
            for (Frag o : options) {
                nfa.empty.get(in).add(o.in());
                nfa.empty.get(o.out()).add(out);
            }
            return new Frag(in, out);
        }

        private Frag concatenation(int end) {
            int in = nfa.state();
            int current = in;
            while (pos < end && re.charAt(pos) != '|' && re.charAt(pos) != ')') {
                Frag piece = repetition(end);
                nfa.empty.get(current).add(piece.in());
                current = piece.out();
            }
            return new Frag(in, current);
        }

        private Frag repetition(int end) {
            int atomStart = pos;
            Frag atom = atom(end);
            int atomEnd = pos;
            if (pos >= end) {
                return atom;
            }
            char c = re.charAt(pos);
            int min;
            int max;
            if (c == '*') {
                min = 0;
                max = -1;
                pos++;
            } else if (c == '+') {
                min = 1;
                max = -1;
                pos++;
            } else if (c == '?') {
                min = 0;
                max = 1;
                pos++;
            } else if (c == '{' && re.indexOf('}', pos) > 0 && re.substring(pos + 1, re.indexOf('}', pos)).matches("\\d+(,\\d*)?")) {
                int close = re.indexOf('}', pos);
                String[] bounds = re.substring(pos + 1, close).split(",", -1);
                min = Integer.parseInt(bounds[0]);
                max = bounds.length == 1 ? min : bounds[1].isEmpty() ? -1 : Integer.parseInt(bounds[1]);
                if (min > MAX_REPEAT || max > MAX_REPEAT || (max >= 0 && max < min)) {
                    throw new Unsupported();
                }
                pos = close + 1;
            } else {
                return atom;
            }
            if (pos < end && re.charAt(pos) == '?') {
                pos++; // lazy: the same language
            } else if (pos < end && re.charAt(pos) == '+') {
                throw new Unsupported(); // possessive
            }
            return repeat(atom, atomStart, atomEnd, min, max);
        }

        /** Repeats the atom by re-parsing its text for each copy (Thompson automata are not shared). */
        private Frag repeat(Frag first, int atomStart, int atomEnd, int min, int max) {
            List<Frag> copies = new ArrayList<>();
            copies.add(first);
            int needed = Math.max(min, max < 0 ? Math.max(min, 1) : max);
            int saved = pos;
            for (int i = 1; i < needed; i++) {
                pos = atomStart;
                copies.add(atom(atomEnd));
            }
            pos = saved;
            int in = nfa.state();
            int current = in;
            for (int i = 0; i < min; i++) {
                nfa.empty.get(current).add(copies.get(i).in());
                current = copies.get(i).out();
            }
            int out = nfa.state();
            if (max < 0) {
                // The last copy loops: (atom)* after min copies, or atom+ when min is 0 handled as optional loop.
                Frag loop = copies.get(Math.max(min, 1) - 1);
                if (min == 0) {
                    nfa.empty.get(current).add(loop.in());
                    nfa.empty.get(current).add(out);
                    nfa.empty.get(loop.out()).add(loop.in());
                    nfa.empty.get(loop.out()).add(out);
                } else {
                    nfa.empty.get(current).add(out);
                    nfa.empty.get(loop.out()).add(loop.in());
                }
                return new Frag(in, out);
            }
            nfa.empty.get(current).add(out);
            for (int i = min; i < max; i++) {
                nfa.empty.get(current).add(copies.get(i).in());
                current = copies.get(i).out();
                nfa.empty.get(current).add(out);
            }
            return new Frag(in, out);
        }

        private Frag atom(int end) {
            if (pos >= end) {
                throw new Unsupported();
            }
            char c = re.charAt(pos);
            switch (c) {
                case '(' -> {
                    pos++;
                    if (re.startsWith("?:", pos)) {
                        pos += 2;
                    } else if (pos < end && re.charAt(pos) == '?') {
                        throw new Unsupported(); // inline flags, look-around, named groups
                    }
                    Frag inner = alternation(end);
                    if (pos >= end || re.charAt(pos) != ')') {
                        throw new Unsupported();
                    }
                    pos++;
                    return inner;
                }
                case '.' -> {
                    pos++;
                    CharSet any = new CharSet().add(0, 0xFFFF);
                    return edge(dotAll ? any : new CharSet().add('\n', '\n').negated());
                }
                case '[' -> {
                    return edge(characterClass(end));
                }
                case '\\' -> {
                    pos++;
                    if (pos >= end) {
                        throw new Unsupported();
                    }
                    char e = re.charAt(pos++);
                    CharSet perl = perlClass(e);
                    if (perl != null) {
                        return edge(perl);
                    }
                    return literal(escapedLiteral(e));
                }
                case '^', '$', ')', '*', '+', '?', '{', '|' -> throw new Unsupported();
                default -> {
                    pos++;
                    return literal(c);
                }
            }
        }

        private Frag literal(char c) {
            CharSet set = new CharSet().add(c, c);
            return edge(ignoreCase ? set.caseFolded() : set);
        }

        /** An edge on a set; classes fold case themselves, '.' and the Perl classes need no folding. */
        private Frag edge(CharSet set) {
            CharSet s = set.normalized();
            nfa.sets.add(s);
            int in = nfa.state();
            int out = nfa.state();
            nfa.charEdges.get(in).add(new int[] {nfa.sets.size() - 1, out});
            return new Frag(in, out);
        }

        private static CharSet perlClass(char e) {
            CharSet digits = new CharSet().add('0', '9');
            CharSet word = new CharSet().add('0', '9').add('A', 'Z').add('a', 'z').add('_', '_');
            CharSet space = new CharSet().add('\t', '\n').add('\f', '\r').add(' ', ' ');
            return switch (e) {
                case 'd' -> digits;
                case 'D' -> digits.negated();
                case 'w' -> word;
                case 'W' -> word.negated();
                case 's' -> space;
                case 'S' -> space.negated();
                default -> null;
            };
        }

        private static char escapedLiteral(char e) {
            return switch (e) {
                case 't' -> '\t';
                case 'n' -> '\n';
                case 'r' -> '\r';
                case 'f' -> '\f';
                case 'v' -> '\u000B';
                default -> {
                    if (Character.isLetterOrDigit(e)) {
                        throw new Unsupported(); // \b, \x41, \1, \p{..}: not plain characters
                    }
                    yield e;
                }
            };
        }

        /**
         * Reads one member of a class: a character (returned), or a Perl class such as \\d, added
         * to {@code perls} (-1 returned; unsupported where no set is given, as a range bound).
         */
        private int classMember(int end, CharSet perls) {
            char c = re.charAt(pos++);
            if (c != '\\') {
                return c;
            }
            if (pos >= end) {
                throw new Unsupported();
            }
            char e = re.charAt(pos++);
            CharSet perl = perlClass(e);
            if (perl == null) {
                return escapedLiteral(e);
            }
            if (perls == null) {
                throw new Unsupported();
            }
            perls.addAll(perl);
            return -1;
        }

        private CharSet characterClass(int end) {
            pos++; // '['
            boolean negate = pos < end && re.charAt(pos) == '^';
            if (negate) {
                pos++;
            }
            CharSet set = new CharSet();
            boolean first = true;
            while (pos < end && (re.charAt(pos) != ']' || first)) {
                first = false;
                char c = re.charAt(pos);
                if (c == '[') {
                    throw new Unsupported(); // POSIX classes and nested sets
                }
                int low = classMember(end, set);
                if (low < 0) {
                    continue; // a Perl class, added whole
                }
                if (pos + 1 < end && re.charAt(pos) == '-' && re.charAt(pos + 1) != ']') {
                    pos++;
                    int high = classMember(end, null);
                    if (high < low) {
                        throw new Unsupported();
                    }
                    set.add(low, high);
                } else {
                    set.add(low, low);
                }
            }
            if (pos >= end) {
                throw new Unsupported();
            }
            pos++; // ']'
            if (ignoreCase) {
                set = set.caseFolded();
            }
            return negate ? set.negated() : set.normalized();
        }
    }

    /** Subset construction over the classes of characters that no set tells apart. */
    private static RegexDfa determinize(Nfa nfa, boolean anchoredStart, boolean anchoredEnd) {
        TreeSet<Integer> cuts = new TreeSet<>();
        cuts.add(0);
        for (CharSet s : nfa.sets) {
            for (int[] r : s.ranges) {
                cuts.add(r[0]);
                if (r[1] + 1 <= 0xFFFF) {
                    cuts.add(r[1] + 1);
                }
            }
        }
        char[] boundaries = new char[cuts.size()];
        int k = 0;
        for (int c : cuts) {
            boundaries[k++] = (char) c;
        }
        int classes = boundaries.length;
        // For each class, the sets that contain it.
        boolean[][] inSet = new boolean[nfa.sets.size()][classes];
        for (int s = 0; s < nfa.sets.size(); s++) {
            for (int[] r : nfa.sets.get(s).ranges) {
                int from = Arrays.binarySearch(boundaries, (char) r[0]);
                for (int c = from; c < classes && boundaries[c] <= r[1]; c++) {
                    inSet[s][c] = true;
                }
            }
        }
        int[] startClosure = closure(nfa, new int[] {nfa.start});
        Map<String, Integer> ids = new HashMap<>();
        List<int[]> dstates = new ArrayList<>();
        ArrayDeque<Integer> work = new ArrayDeque<>();
        ids.put(Arrays.toString(startClosure), 0);
        dstates.add(startClosure);
        work.add(0);
        List<int[]> rows = new ArrayList<>();
        while (!work.isEmpty()) {
            int d = work.poll();
            int[] row = new int[classes];
            int[] set = dstates.get(d);
            for (int c = 0; c < classes; c++) {
                TreeSet<Integer> next = new TreeSet<>();
                for (int s : set) {
                    for (int[] e : nfa.charEdges.get(s)) {
                        if (inSet[e[0]][c]) {
                            next.add(e[1]);
                        }
                    }
                }
                int[] moved = next.stream().mapToInt(Integer::intValue).toArray();
                int[] target = closure(nfa, moved);
                if (!anchoredStart) {
                    target = union(target, startClosure); // a match may start anywhere
                }
                if (target.length == 0) {
                    row[c] = -1;
                    continue;
                }
                String key = Arrays.toString(target);
                Integer id = ids.get(key);
                if (id == null) {
                    if (dstates.size() >= MAX_STATES) {
                        return null;
                    }
                    id = dstates.size();
                    ids.put(key, id);
                    dstates.add(target);
                    work.add(id);
                }
                row[c] = id;
            }
            while (rows.size() <= d) {
                rows.add(null);
            }
            rows.set(d, row);
        }
        int[] table = new int[dstates.size() * classes];
        boolean[] accepting = new boolean[dstates.size()];
        for (int d = 0; d < dstates.size(); d++) {
            System.arraycopy(rows.get(d), 0, table, d * classes, classes);
            accepting[d] = Arrays.binarySearch(dstates.get(d), nfa.accept) >= 0;
        }
        return new RegexDfa(boundaries, table, accepting, anchoredEnd);
    }

    private static int[] closure(Nfa nfa, int[] states) {
        TreeSet<Integer> seen = new TreeSet<>();
        ArrayDeque<Integer> stack = new ArrayDeque<>();
        for (int s : states) {
            if (seen.add(s)) {
                stack.push(s);
            }
        }
        while (!stack.isEmpty()) {
            int s = stack.pop();
            for (int t : nfa.empty.get(s)) {
                if (seen.add(t)) {
                    stack.push(t);
                }
            }
        }
        // Only states with character edges or the accepting state matter for the subset.
        return seen.stream().filter(s -> !nfa.charEdges.get(s).isEmpty() || s == nfa.accept)
                .mapToInt(Integer::intValue).toArray();
    }

    private static int[] union(int[] a, int[] b) {
        TreeSet<Integer> all = new TreeSet<>();
        for (int x : a) {
            all.add(x);
        }
        for (int x : b) {
            all.add(x);
        }
        return all.stream().mapToInt(Integer::intValue).toArray();
    }
}
