package vn.gov.moh.soc.core.parse;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gov.moh.soc.core.event.Event;
import vn.gov.moh.soc.core.event.LogSource;

/**
 * Packet logs of the Linux firewall, as the kernel writes them for iptables {@code LOG} and
 * nftables {@code log} ({@code [prefix] IN=eth0 OUT= MAC=... SRC=10.0.0.5 DST=10.0.0.1 ...
 * PROTO=TCP SPT=51234 DPT=22 ...}), turned into ECS: {@code source.*}, {@code destination.*},
 * {@code network.transport}, the interfaces under {@code observer.*}, the log prefix as
 * {@code event.action}, and allowed or denied from the prefix's wording. Kernel messages
 * without {@code SRC=} and {@code DST=} are left as they are. The log source becomes product
 * {@code linux}, category {@code firewall}, service {@code kernel}.
 */
final class FirewallMessages {
    /** An optional kernel time stamp, the prefix (free text up to {@code IN=}), then the key=value list. */
    private static final Pattern PACKET = Pattern.compile("^(?:\\[\\s*\\d+\\.\\d+\\]\\s*)?(.*?)\\s*(IN=\\S*\\s+OUT=.*)$");
    private static final Pattern PAIR = Pattern.compile("([A-Z]+)=(\\S*)");
    private static final Set<String> DENY_WORDS = Set.of("drop", "deny", "denied", "reject", "block", "blocked");
    private static final LogSource FIREWALL = new LogSource("linux", Set.of("firewall"), "kernel");

    private FirewallMessages() {
    }

    static void enrich(Event e) {
        String msg = e.text("message");
        if (msg == null) {
            return;
        }
        Matcher m = PACKET.matcher(msg);
        if (!m.matches()) {
            return;
        }
        String src = null;
        String dst = null;
        String proto = null;
        String in = null;
        String out = null;
        String spt = null;
        String dpt = null;
        Matcher pair = PAIR.matcher(m.group(2));
        while (pair.find()) {
            String v = pair.group(2);
            switch (pair.group(1)) {
                case "SRC" -> src = v;
                case "DST" -> dst = v;
                case "PROTO" -> proto = v;
                case "IN" -> in = v;
                case "OUT" -> out = v;
                case "SPT" -> spt = v;
                case "DPT" -> dpt = v;
                default -> {
                }
            }
        }
        if (src == null || dst == null) {
            return;
        }
        e.put("source.ip", src);
        e.put("destination.ip", dst);
        port(e, "source.port", spt);
        port(e, "destination.port", dpt);
        if (proto != null && !proto.isEmpty()) {
            e.put("network.transport", proto.toLowerCase(Locale.ROOT));
        }
        if (in != null && !in.isEmpty()) {
            e.put("observer.ingress.interface.name", in);
        }
        if (out != null && !out.isEmpty()) {
            e.put("observer.egress.interface.name", out);
        }
        String prefix = m.group(1).strip();
        if (prefix.endsWith(":")) {
            prefix = prefix.substring(0, prefix.length() - 1).strip();
        }
        e.put("event.category", List.of("network"));
        e.put("event.module", "firewall");
        if (!prefix.isEmpty()) {
            e.put("event.action", prefix);
            e.put("event.type", List.of("connection", denies(prefix) ? "denied" : "allowed"));
        } else {
            e.put("event.type", List.of("connection"));
        }
        e.logSource(FIREWALL);
    }

    private static boolean denies(String prefix) {
        for (String word : prefix.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
            if (DENY_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static void port(Event e, String field, String value) {
        if (value != null && !value.isEmpty() && value.length() < 6 && value.chars().allMatch(Character::isDigit)) {
            e.put(field, Long.parseLong(value));
        }
    }
}
