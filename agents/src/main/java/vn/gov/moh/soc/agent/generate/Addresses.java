package vn.gov.moh.soc.agent.generate;

import java.util.SplittableRandom;

/**
 * External addresses, all from documentation ranges so that no real network is named.
 * Attackers of the scenarios use 203.0.113.0/24, 198.51.100.0/24 and 2001:db8:a000::/36, and only
 * they do: normal traffic (patients on the portal, background scans) uses 192.0.2.0/24 and
 * 2001:db8:1000::/36. Every line from an attacker range therefore belongs to a scenario.
 */
final class Addresses {
    private Addresses() {
    }

    /** A scenario attacker: mostly IPv4, sometimes IPv6. */
    static String attacker(SplittableRandom rng) {
        int r = rng.nextInt(20);
        if (r < 3) {
            return "2001:db8:a" + hex3(rng.nextInt(0x1000)) + ":" + Integer.toHexString(1 + rng.nextInt(0xfffe)) + "::"
                    + Integer.toHexString(1 + rng.nextInt(0xfffe));
        }
        return (r < 12 ? "203.0.113." : "198.51.100.") + (1 + rng.nextInt(254));
    }

    /** Appends a benign external client (a patient at home, a background scanner). */
    static void appendBenignExternal(StringBuilder sb, SplittableRandom rng) {
        if (rng.nextInt(8) == 0) {
            sb.append("2001:db8:1").append(hex3(rng.nextInt(0x1000))).append(':')
                    .append(Integer.toHexString(1 + rng.nextInt(0xfffe))).append("::")
                    .append(Integer.toHexString(1 + rng.nextInt(0xfffe)));
        } else {
            sb.append("192.0.2.").append(1 + rng.nextInt(254));
        }
    }

    private static String hex3(int v) {
        String h = Integer.toHexString(v);
        return "000".substring(h.length()) + h;
    }

    /**
     * Appends an IPv6 address in netfilter's log form: eight groups of four hex digits
     * ({@code 2001:0db8:a012:...}). IPv4 addresses are appended as they are.
     */
    static void appendNetfilter(StringBuilder sb, String address) {
        if (address.indexOf(':') < 0) {
            sb.append(address);
            return;
        }
        int gap = address.indexOf("::");
        String[] head = (gap < 0 ? address : address.substring(0, gap)).split(":", -1);
        String[] tail = gap < 0 ? new String[0] : address.substring(gap + 2).isEmpty() ? new String[0]
                : address.substring(gap + 2).split(":", -1);
        if (head.length == 1 && head[0].isEmpty()) {
            head = new String[0];
        }
        int zeros = 8 - head.length - tail.length;
        int written = 0;
        for (String g : head) {
            group(sb, g, written++);
        }
        for (int i = 0; i < zeros; i++) {
            group(sb, "0", written++);
        }
        for (String g : tail) {
            group(sb, g, written++);
        }
    }

    private static void group(StringBuilder sb, String g, int index) {
        if (index > 0) {
            sb.append(':');
        }
        for (int i = g.length(); i < 4; i++) {
            sb.append('0');
        }
        sb.append(g);
    }
}
