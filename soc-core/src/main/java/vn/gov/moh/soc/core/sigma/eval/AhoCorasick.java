package vn.gov.moh.soc.core.sigma.eval;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Multi-pattern substring search (Aho-Corasick): finds every occurrence of any of many literals
 * in one pass over the text, so a list of hundreds of {@code contains} values costs about as much
 * as one. Built once, then read-only and thread-safe.
 */
final class AhoCorasick {
    /** Receives each occurrence: the pattern and the index just after its end; returns true to stop. */
    interface Hit {
        boolean found(int pattern, int end);
    }

    private final int[] rootAscii = new int[128];
    private final char[][] keys;
    private final int[][] next;
    private final int[] fail;
    private final int[][] outputs;
    private final int[] dictionary;
    private final int[] lengths;

    /**
     * The full transition table (state x alphabet), when it fits {@link #MAX_DENSE_ENTRIES}: one
     * array read per character instead of a search and failure links. An entry holds the row
     * offset of the next state ({@code state * alphabetSize}), complemented when a pattern ends
     * in that state, so the loop neither multiplies nor reads a second array per character.
     */
    private final int[] delta;
    private final int alphabetSize;
    private final int[] asciiIndex = new int[128];
    /** The alphabet index of each ASCII character's lower case (no branch on case in the loop). */
    private final int[] foldedAsciiIndex = new int[128];
    private final char[] otherChars;
    private final int[] otherIndex;
    static final int MAX_DENSE_ENTRIES = 1 << 23;

    /** Builds the automaton; pattern i is {@code patterns.get(i)}. Empty patterns never match. */
    AhoCorasick(List<String> patterns) {
        this(patterns, MAX_DENSE_ENTRIES);
    }

    /** As above, with the largest transition table allowed (0: always the compact form). */
    AhoCorasick(List<String> patterns, int maxDenseEntries) {
        List<TreeMap<Character, Integer>> trie = new ArrayList<>();
        List<List<Integer>> out = new ArrayList<>();
        trie.add(new TreeMap<>());
        out.add(new ArrayList<>());
        lengths = new int[patterns.size()];
        for (int p = 0; p < patterns.size(); p++) {
            String s = patterns.get(p);
            lengths[p] = s.length();
            if (s.isEmpty()) {
                continue;
            }
            int node = 0;
            for (int i = 0; i < s.length(); i++) {
                Integer child = trie.get(node).get(s.charAt(i));
                if (child == null) {
                    child = trie.size();
                    trie.add(new TreeMap<>());
                    out.add(new ArrayList<>());
                    trie.get(node).put(s.charAt(i), child);
                }
                node = child;
            }
            out.get(node).add(p);
        }
        int n = trie.size();
        keys = new char[n][];
        next = new int[n][];
        outputs = new int[n][];
        for (int i = 0; i < n; i++) {
            TreeMap<Character, Integer> t = trie.get(i);
            keys[i] = new char[t.size()];
            next[i] = new int[t.size()];
            int k = 0;
            for (var e : t.entrySet()) {
                keys[i][k] = e.getKey();
                next[i][k++] = e.getValue();
            }
            outputs[i] = out.get(i).isEmpty() ? null : out.get(i).stream().mapToInt(Integer::intValue).toArray();
        }
        java.util.Arrays.fill(rootAscii, -1);
        for (int k = 0; k < keys[0].length; k++) {
            if (keys[0][k] < 128) {
                rootAscii[keys[0][k]] = next[0][k];
            }
        }
        fail = new int[n];
        dictionary = new int[n];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int child : next[0]) {
            fail[child] = 0;
            dictionary[child] = 0;
            queue.add(child);
        }
        while (!queue.isEmpty()) {
            int node = queue.poll();
            for (int k = 0; k < keys[node].length; k++) {
                char c = keys[node][k];
                int child = next[node][k];
                int f = fail[node];
                int target;
                while ((target = step(f, c)) < 0 && f != 0) {
                    f = fail[f];
                }
                target = step(f, c);
                fail[child] = target < 0 || target == child ? 0 : target;
                dictionary[child] = outputs[fail[child]] != null ? fail[child] : dictionary[fail[child]];
                queue.add(child);
            }
        }
        // The alphabet: every character of the patterns; index 0 stands for all other characters.
        java.util.TreeSet<Character> alphabet = new java.util.TreeSet<>();
        for (char[] k : keys) {
            for (char c : k) {
                alphabet.add(c);
            }
        }
        alphabetSize = alphabet.size() + 1;
        List<Character> others = new ArrayList<>();
        int index = 1;
        for (char c : alphabet) {
            if (c < 128) {
                asciiIndex[c] = index++;
            } else {
                others.add(c);
                index++;
            }
        }
        for (char c = 0; c < 128; c++) {
            foldedAsciiIndex[c] = asciiIndex[Character.toLowerCase(c)];
        }
        otherChars = new char[others.size()];
        otherIndex = new int[others.size()];
        for (int i = 0; i < others.size(); i++) {
            otherChars[i] = others.get(i);
            otherIndex[i] = alphabetSize - others.size() + i;
        }
        if ((long) n * alphabetSize <= maxDenseEntries) {
            delta = new int[n * alphabetSize];
            char[] symbols = new char[alphabetSize];
            for (char c : alphabet) {
                symbols[indexOf(c)] = c;
            }
            // Breadth-first, so the failure state's row is complete before it is copied.
            ArrayDeque<Integer> order = new ArrayDeque<>();
            order.add(0);
            while (!order.isEmpty()) {
                int state = order.poll();
                for (int a = 1; a < alphabetSize; a++) {
                    int child = step(state, symbols[a]);
                    if (child >= 0) {
                        delta[state * alphabetSize + a] = child;
                        order.add(child);
                    } else {
                        delta[state * alphabetSize + a] = state == 0 ? 0 : delta[fail[state] * alphabetSize + a];
                    }
                }
            }
            for (int i = 0; i < delta.length; i++) {
                int target = delta[i];
                boolean reports = outputs[target] != null || dictionary[target] != 0;
                delta[i] = reports ? ~(target * alphabetSize) : target * alphabetSize;
            }
        } else {
            delta = null;
        }
    }

    private int indexOf(char c) {
        if (c < 128) {
            return asciiIndex[c];
        }
        int i = java.util.Arrays.binarySearch(otherChars, c);
        return i < 0 ? 0 : otherIndex[i];
    }

    private int step(int node, char c) {
        if (node == 0 && c < 128) {
            return rootAscii[c];
        }
        char[] k = keys[node];
        int lo = 0;
        int hi = k.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            char m = k[mid];
            if (m < c) {
                lo = mid + 1;
            } else if (m > c) {
                hi = mid - 1;
            } else {
                return next[node][mid];
            }
        }
        return -1;
    }

    /** Reports the patterns that end in this state (its own and, through dictionary links, shorter ones). */
    private boolean report(int state, int end, Hit hit) {
        for (int s = outputs[state] != null ? state : dictionary[state]; s != 0; s = dictionary[s]) {
            for (int p : outputs[s]) {
                if (hit.found(p, end)) {
                    return true;
                }
            }
        }
        return false;
    }

    int patternLength(int pattern) {
        return lengths[pattern];
    }

    /** Reports occurrences in order of their end; returns true if a hit asked to stop. */
    boolean search(CharSequence text, Hit hit) {
        if (delta != null) {
            return searchDense(text, hit);
        }
        int state = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            int to;
            while ((to = step(state, c)) < 0 && state != 0) {
                state = fail[state];
            }
            state = to < 0 ? 0 : to;
            if (report(state, i + 1, hit)) {
                return true;
            }
        }
        return false;
    }

    private boolean searchDense(CharSequence text, Hit hit) {
        int[] table = delta;
        int row = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            row = table[row + (c < 128 ? asciiIndex[c] : indexOf(c))];
            if (row < 0) {
                row = ~row;
                if (report(row / alphabetSize, i + 1, hit)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Searches the text as if lower-cased character by character ({@link LiteralScanner#fold});
     * the patterns must be lower-case. Returns null, having searched nothing, if the text holds a
     * character whose lower case is not one character of its own: the caller lower-cases the
     * whole text instead.
     */
    Boolean searchFolded(String text, Hit hit) {
        if (delta == null) {
            return null;
        }
        int[] table = delta;
        int[] ascii = foldedAsciiIndex;
        int row = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            int symbol;
            if (c < 128) {
                symbol = ascii[c];
            } else {
                if (c == '\u0130' || c == '\u03A3') {
                    return null;
                }
                symbol = indexOf(Character.toLowerCase(c));
            }
            row = table[row + symbol];
            if (row < 0) {
                row = ~row;
                if (report(row / alphabetSize, i + 1, hit)) {
                    return Boolean.TRUE;
                }
            }
        }
        return Boolean.FALSE;
    }
}
