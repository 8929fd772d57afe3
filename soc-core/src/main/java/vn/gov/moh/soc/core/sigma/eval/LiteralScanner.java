package vn.gov.moh.soc.core.sigma.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds which of many literals occur in a text, for the rule index, with little memory: each
 * literal of four characters or more is filed under its rarest 4-character gram in an
 * open-addressing table small enough to stay in cache, so a scan costs one hash probe per text
 * position plus a comparison where a gram is known; shorter literals go to a small Aho-Corasick
 * automaton. (A full automaton over thousands of command-line literals spends its time waiting for
 * memory.)
 */
final class LiteralScanner {
    private static final int Q = 4;

    /** Receives the index of each literal found (possibly more than once). */
    interface Found {
        void literal(int index);
    }

    /**
     * The gram table, open addressing with linear probing: slot i holds its gram at {@code 2i}
     * and at {@code 2i + 1} where its entries start (high half) and how many there are (low
     * half), or -1 when empty. Keys and entries sit side by side so a probe touches few cache lines.
     */
    private final long[] table;
    private final int mask;
    private final int shift;
    /** One bit per 16-bit hash of the filed grams: an 8 KiB filter that stays in the fastest cache. */
    private final long[] filter = new long[1024];
    /** {@link #ENTRY} ints per entry, grouped by gram: literal, offset of the gram in it, start in the pool, length. */
    private final int[] entries;
    private static final int ENTRY = 4;
    /** The characters of every literal, one after the other. */
    private final char[] pool;
    private final AhoCorasick shortOnes;
    private final int[] shortIndex;
    /** For small sets of literals, one automaton over all of them: faster than the gram table. */
    private final AhoCorasick all;
    /** For small sets of literals that are all long enough, a search that skips text instead. */
    private final WuManber skipping;

    /** Sets up to this many literals are searched with one automaton. */
    static final int SMALL_SET = 256;

    LiteralScanner(List<String> literals) {
        String[] texts = literals.toArray(String[]::new);
        boolean small = literals.size() <= SMALL_SET;
        boolean allLong = !literals.isEmpty() && literals.stream().allMatch(l -> l.length() >= WuManber.MIN_LENGTH);
        this.skipping = small && allLong ? new WuManber(literals) : null;
        this.all = small && !allLong ? new AhoCorasick(literals) : null;
        Map<Long, Integer> gramCount = new HashMap<>();
        for (String l : literals) {
            for (int i = 0; i + Q <= l.length(); i++) {
                gramCount.merge(gram(l, i), 1, Integer::sum);
            }
        }
        StringBuilder chars = new StringBuilder();
        Map<Long, List<int[]>> byGram = new java.util.LinkedHashMap<>();
        List<String> shorts = new ArrayList<>();
        List<Integer> shortIdx = new ArrayList<>();
        for (int n = 0; n < texts.length; n++) {
            String l = texts[n];
            if (l.length() < Q) {
                shorts.add(l);
                shortIdx.add(n);
                continue;
            }
            int best = 0;
            int bestCount = Integer.MAX_VALUE;
            for (int i = 0; i + Q <= l.length(); i++) {
                int c = gramCount.get(gram(l, i));
                if (c < bestCount) {
                    best = i;
                    bestCount = c;
                }
            }
            byGram.computeIfAbsent(gram(l, best), k -> new ArrayList<>())
                    .add(new int[] {n, best, chars.length(), l.length()});
            chars.append(l);
        }
        pool = chars.toString().toCharArray();
        // A table with load factor at most 1/4, small enough to stay in cache.
        int capacity = Integer.highestOneBit(Math.max(16, byGram.size() * 4)) << 1;
        mask = capacity - 1;
        shift = 64 - Integer.numberOfTrailingZeros(capacity);
        table = new long[capacity * 2];
        for (int i = 0; i < capacity; i++) {
            table[2 * i + 1] = -1;
        }
        entries = new int[(texts.length - shorts.size()) * ENTRY];
        int next = 0;
        for (var e : byGram.entrySet()) {
            long key = e.getKey();
            int bit = filterBit(key);
            filter[bit >>> 6] |= 1L << bit;
            int i = home(key);
            while (table[2 * i + 1] >= 0) {
                i = (i + 1) & mask;
            }
            table[2 * i] = key;
            table[2 * i + 1] = (long) next << 32 | e.getValue().size();
            for (int[] entry : e.getValue()) {
                System.arraycopy(entry, 0, entries, next * ENTRY, ENTRY);
                next++;
            }
        }
        shortOnes = shorts.isEmpty() ? null : new AhoCorasick(shorts);
        shortIndex = shortIdx.stream().mapToInt(Integer::intValue).toArray();
    }

    private static long gram(String s, int at) {
        return ((long) s.charAt(at) << 48) | ((long) s.charAt(at + 1) << 32) | ((long) s.charAt(at + 2) << 16)
                | s.charAt(at + 3);
    }

    private static int filterBit(long key) {
        return (int) ((key * 0xC2B2AE3D27D4EB4FL) >>> 48);
    }

    /** The first slot to try: the high bits of a multiplicative hash (the low bits mix poorly). */
    private int home(long key) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
    }

    /**
     * Scans a text as if it were lower-cased ({@code String.toLowerCase(Locale.ROOT)}) without
     * making the lower-case copy; literals are lower-case. The two characters whose lower case is
     * not one character of their own (U+0130, and the context-dependent capital sigma) make the
     * scan fall back to a real copy.
     */
    void scanIgnoringCase(String text, Found found) {
        if (skipping != null) {
            if (!skipping.search(text, true, found)) {
                skipping.search(text.toLowerCase(java.util.Locale.ROOT), false, found);
            }
            return;
        }
        if (all != null) {
            Boolean done = all.searchFolded(text, (p, end) -> {
                found.literal(p);
                return false;
            });
            if (done == null) {
                scan(text.toLowerCase(java.util.Locale.ROOT), found);
            }
            return;
        }
        if (!scanGrams(text, true, found)) {
            scan(text.toLowerCase(java.util.Locale.ROOT), found);
            return;
        }
        if (shortOnes != null) {
            // The gram pass has seen every character: none makes folding fail here.
            shortOnes.searchFolded(text, (p, end) -> {
                found.literal(shortIndex[p]);
                return false;
            });
        }
    }

    private static final char[] ASCII_LOWER = new char[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_LOWER[c] = Character.toLowerCase(c);
        }
    }

    static char fold(char c) {
        return c < 128 ? ASCII_LOWER[c] : Character.toLowerCase(c);
    }

    /** Whether the literal at {@code pool[start, start + length)} occurs in the text at {@code from}. */
    private boolean occursAt(String text, int from, int start, int length, boolean fold) {
        if (from < 0 || from + length > text.length()) {
            return false;
        }
        char[] chars = pool;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(from + i);
            if ((fold ? fold(c) : c) != chars[start + i]) {
                return false;
            }
        }
        return true;
    }

    void scan(String text, Found found) {
        if (skipping != null) {
            skipping.search(text, false, found);
            return;
        }
        if (all != null) {
            all.search(text, (p, end) -> {
                found.literal(p);
                return false;
            });
            return;
        }
        scanGrams(text, false, found);
        if (shortOnes != null) {
            shortOnes.search(text, (p, end) -> {
                found.literal(shortIndex[p]);
                return false;
            });
        }
    }

    /**
     * The gram-table pass over a text, folding its case on the fly or not. Returns false, having
     * perhaps reported some literals, if folding meets a character whose lower case is not one
     * character of its own (the caller then scans a lower-cased copy).
     */
    private boolean scanGrams(String text, boolean fold, Found found) {
        int n = text.length();
        if (n < Q) {
            return true;
        }
        long[] bits = filter;
        long key = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (fold) {
                if (c < 128) {
                    c = ASCII_LOWER[c];
                } else if (c == '\u0130' || c == '\u03A3') {
                    return false;
                } else {
                    c = Character.toLowerCase(c);
                }
            }
            key = (key << 16) | c;
            int bit = filterBit(key);
            if ((bits[bit >>> 6] & (1L << bit)) != 0 && i >= Q - 1) {
                probe(text, key, i + 1 - Q, fold, found);
            }
        }
        return true;
    }

    /** Looks up a gram that passed the filter and reports the literals filed under it that occur. */
    private void probe(String text, long key, int start, boolean fold, Found found) {
        long[] slots = table;
        int i = home(key);
        long where;
        while ((where = slots[2 * i + 1]) >= 0) {
            if (slots[2 * i] == key) {
                int[] e = entries;
                for (int k = (int) (where >>> 32) * ENTRY, end = k + (int) where * ENTRY; k < end; k += ENTRY) {
                    if (occursAt(text, start - e[k + 1], e[k + 2], e[k + 3], fold)) {
                        found.literal(e[k]);
                    }
                }
                return;
            }
            i = (i + 1) & mask;
        }
    }
}
