package vn.gov.moh.soc.core.sigma.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Tells whether a text starts (or ends) with any of many literals by walking a trie from the
 * text's start (or its end): the walk stops at the first character no literal continues with,
 * so a test costs a few character reads however long the text and the list. Built once, then
 * read-only and thread-safe.
 */
final class AffixTrie {
    private final boolean fromEnd;
    private final char[][] keys;
    private final int[][] children;
    private final boolean[] terminal;

    /** A trie of prefixes, or of suffixes ({@code fromEnd}), of the given non-empty literals. */
    AffixTrie(List<String> literals, boolean fromEnd) {
        this.fromEnd = fromEnd;
        List<TreeMap<Character, Integer>> nodes = new ArrayList<>();
        List<Boolean> ends = new ArrayList<>();
        nodes.add(new TreeMap<>());
        ends.add(false);
        for (String literal : literals) {
            int node = 0;
            for (int i = 0; i < literal.length(); i++) {
                char c = literal.charAt(fromEnd ? literal.length() - 1 - i : i);
                Integer child = nodes.get(node).get(c);
                if (child == null) {
                    child = nodes.size();
                    nodes.add(new TreeMap<>());
                    ends.add(false);
                    nodes.get(node).put(c, child);
                }
                node = child;
            }
            ends.set(node, true);
        }
        keys = new char[nodes.size()][];
        children = new int[nodes.size()][];
        terminal = new boolean[nodes.size()];
        for (int n = 0; n < nodes.size(); n++) {
            TreeMap<Character, Integer> map = nodes.get(n);
            keys[n] = new char[map.size()];
            children[n] = new int[map.size()];
            int k = 0;
            for (var e : map.entrySet()) {
                keys[n][k] = e.getKey();
                children[n][k++] = e.getValue();
            }
            terminal[n] = ends.get(n);
        }
    }

    /** Whether the text starts (ends) with one of the literals. */
    boolean matches(String text) {
        int node = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(fromEnd ? n - 1 - i : i);
            int k = java.util.Arrays.binarySearch(keys[node], c);
            if (k < 0) {
                return false;
            }
            node = children[node][k];
            if (terminal[node]) {
                return true;
            }
        }
        return false;
    }
}
