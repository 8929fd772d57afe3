package vn.gov.moh.soc.agent.generate;

/** Hashes that never change between runs or JVMs, to derive per-unit and per-host constants. */
final class Stable {
    private Stable() {
    }

    /** 64-bit FNV-1a of the string's characters, mixed. */
    static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    /** A well-spread 64-bit mix (SplitMix64 finalizer). */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** A value in [0, bound) from a hash. */
    static int below(long hash, int bound) {
        return (int) Math.floorMod(hash, (long) bound);
    }
}
