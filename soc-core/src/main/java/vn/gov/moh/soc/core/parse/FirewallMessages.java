package vn.gov.moh.soc.core.parse;

import inet.ipaddr.IPAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gov.moh.soc.core.event.Event;
import vn.gov.moh.soc.core.event.LogSource;

/**
 * The kernel's netfilter packet log, written by iptables' {@code LOG} target and nftables'
 * {@code log} statement ({@code [UFW BLOCK] IN=eth0 OUT= MAC=... SRC=203.0.113.9 DST=10.0.0.5
 * LEN=60 ... PROTO=TCP SPT=40952 DPT=22 ... SYN URGP=0}), into ECS: {@code source.*},
 * {@code destination.*}, {@code network.transport}, {@code network.type},
 * {@code observer.ingress.interface.name} / {@code observer.egress.interface.name}, and the log
 * prefix the rule set chose as {@code rule.name}. The verdict comes from the prefix, the only
 * place the packet log says it: BLOCK, DROP, DENY and REJECT are {@code event.action}
 * {@code deny} / {@code reject} with {@code event.outcome} failure, ALLOW and ACCEPT are
 * {@code accept} with success; any other prefix ({@code [UFW AUDIT]}, a custom one) is
 * {@code log}, no outcome. The log source becomes category {@code firewall} (Sigma's taxonomy).
 */
final class FirewallMessages {
    /** The key=value list starts at IN=; the prefix before it may end without a space ({@code DROP(src wan)IN=}). */
    private static final Pattern START = Pattern.compile("(?:^|(?<=[\\s\\])]))IN=(\\S*) OUT=(\\S*) ");
    private static final Pattern ITEM = Pattern.compile("([A-Z][A-Z0-9]*)(?:=(\\S*))?");
    /** printk's time since boot, {@code [ 3529.289825]}, which comes before the prefix. */
    private static final Pattern UPTIME = Pattern.compile("^\\[\\s*\\d+\\.\\d+\\]\\s*");
    private static final Set<String> TCP_FLAGS = Set.of("CWR", "ECE", "URG", "ACK", "PSH", "RST", "SYN", "FIN");

    private FirewallMessages() {
    }

    /** True if the kernel message is a packet log line (it names the interfaces and both addresses). */
    static boolean accepts(String msg) {
        return msg != null && msg.contains(" SRC=") && msg.contains(" DST=") && START.matcher(msg).find();
    }

    static void enrich(Event e) {
        String msg = e.text("message");
        Matcher start = START.matcher(msg);
        if (!start.find()) {
            return;
        }
        String prefix = UPTIME.matcher(msg.substring(0, start.start())).replaceFirst("").strip();
        e.put("event.kind", "event");
        e.put("event.category", List.of("network"));
        e.put("observer.type", "firewall");
        if (!prefix.isEmpty()) {
            e.put("rule.name", prefix.startsWith("[") && prefix.endsWith("]") ? prefix.substring(1, prefix.length() - 1)
                    : prefix);
        }
        verdict(e, prefix.toUpperCase(Locale.ROOT));
        interfaceName(e, "observer.ingress.interface.name", start.group(1));
        interfaceName(e, "observer.egress.interface.name", start.group(2));
        List<String> flags = new ArrayList<>();
        Matcher item = ITEM.matcher(msg);
        int at = start.end();
        String protocol = null;
        while (at < msg.length() && item.find(at)) {
            if (item.start() != at) {
                break;
            }
            String key = item.group(1);
            String value = item.group(2);
            at = skipSpaces(msg, item.end());
            if (value == null) {
                if (TCP_FLAGS.contains(key)) {
                    flags.add(key);
                } else if (key.equals("DF")) {
                    e.put("iptables.fragment_flags", List.of("DF"));
                }
                continue;
            }
            switch (key) {
                case "MAC" -> mac(e, value);
                case "SRC" -> network(e, Addresses.put(e, "source", value));
                case "DST" -> Addresses.put(e, "destination", value);
                case "PROTO" -> {
                    protocol = value.toLowerCase(Locale.ROOT);
                    // ECS spells ICMP for IPv6 as IANA does.
                    e.put("network.transport", protocol.equals("icmpv6") ? "ipv6-icmp" : protocol);
                }
                case "SPT" -> number(e, "source.port", value);
                case "DPT" -> number(e, "destination.port", value);
                case "TTL", "HOPLIMIT" -> number(e, "iptables.ttl", value);
                case "ID" -> number(e, protocol != null && protocol.startsWith("icmp") ? "iptables.icmp.id" : "iptables.id",
                        value);
                case "TYPE" -> number(e, "iptables.icmp.type", value);
                case "CODE" -> number(e, "iptables.icmp.code", value);
                case "WINDOW" -> number(e, "iptables.tcp.window", value);
                case "MARK" -> e.put("iptables.mark", value);
                case "LEN" -> {
                    // The first LEN is the IP packet's; a second one (UDP) is the datagram's.
                    if (protocol == null) {
                        number(e, "network.bytes", value);
                    }
                }
                default -> { }
            }
        }
        if (!flags.isEmpty()) {
            e.put("iptables.tcp.flags", flags);
        }
        e.logSource(new LogSource("linux", Set.of("firewall"), "kernel"));
    }

    private static void verdict(Event e, String prefix) {
        String action;
        if (prefix.contains("REJECT")) {
            action = "reject";
        } else if (prefix.contains("BLOCK") || prefix.contains("DROP") || prefix.contains("DENY")) {
            action = "deny";
        } else if (prefix.contains("ALLOW") || prefix.contains("ACCEPT")) {
            action = "accept";
        } else {
            action = "log";
        }
        e.put("event.action", action);
        switch (action) {
            case "deny", "reject" -> {
                e.put("event.type", List.of("connection", "denied"));
                e.put("event.outcome", "failure");
            }
            case "accept" -> {
                e.put("event.type", List.of("connection", "allowed"));
                e.put("event.outcome", "success");
            }
            default -> e.put("event.type", List.of("connection"));
        }
    }

    private static void network(Event e, IPAddress source) {
        if (source != null) {
            e.put("network.type", source.isIPv4() ? "ipv4" : "ipv6");
        }
    }

    private static void interfaceName(Event e, String field, String name) {
        if (!name.isEmpty()) {
            e.put(field, name);
        }
    }

    /** The MAC header as the kernel prints it: destination, source, then the EtherType. */
    private static void mac(Event e, String value) {
        String[] bytes = value.split(":");
        if (bytes.length < 12) {
            return;
        }
        e.put("destination.mac", String.join("-", java.util.Arrays.copyOfRange(bytes, 0, 6)).toUpperCase(Locale.ROOT));
        e.put("source.mac", String.join("-", java.util.Arrays.copyOfRange(bytes, 6, 12)).toUpperCase(Locale.ROOT));
    }

    private static void number(Event e, String field, String value) {
        if (!value.isEmpty() && value.length() <= 18 && value.chars().allMatch(Character::isDigit)) {
            e.put(field, Long.parseLong(value));
        }
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
}
