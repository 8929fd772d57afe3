package vn.gov.moh.soc.agent.generate;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * UFW's packet log: netfilter {@code LOG} lines that the kernel writes and rsyslog stores, in
 * RFC 3164 form ({@code Nov 21 10:00:00 host kernel: [uptime] [UFW BLOCK] IN=ens192 OUT= MAC=...
 * SRC=... DST=... PROTO=TCP SPT=... DPT=...}). IPv6 addresses are written fully expanded, as the
 * kernel does.
 */
final class FirewallLogFormat {
    private final TimeText time;
    private final long startNanos;
    /** Per host: boot time (epoch nanos) and the MAC address pairs of IPv4 and IPv6 frames. */
    private final Map<Host, Object[]> hosts = new IdentityHashMap<>();

    FirewallLogFormat(TimeText time, long startNanos) {
        this.time = time;
        this.startNanos = startNanos;
    }

    private Object[] host(Host h) {
        return hosts.computeIfAbsent(h, k -> {
            long hash = Stable.hash(k.fqdn() + "#nic");
            long bootNanos = startNanos - (86_400L + Stable.below(hash, 90 * 86_400)) * 1_000_000_000L;
            StringBuilder mac = new StringBuilder("00:50:56:");
            Hex.append(mac, hash >>> 8, 2, false).append(':');
            Hex.append(mac, hash >>> 16, 2, false).append(':');
            Hex.append(mac, hash >>> 24, 2, false).append(":00:1c:73:4e:");
            Hex.append(mac, hash >>> 40, 2, false).append(":01:");
            return new Object[] {bootNanos, mac + "08:00", mac + "86:dd"};
        });
    }

    /**
     * Appends one packet line.
     *
     * @param action {@code BLOCK}, {@code ALLOW} or {@code AUDIT}
     * @param tcp    true for TCP (a SYN), false for UDP
     */
    void packet(StringBuilder sb, long nanos, Host host, String action, String src, String dst, boolean tcp, int sport,
            int dport, int length, int ttl, int id) {
        Object[] h = host(host);
        time.syslog(sb, nanos);
        sb.append(' ').append(host.fqdn()).append(" kernel: [");
        long up = nanos - (Long) h[0];
        long seconds = up / 1_000_000_000L;
        // printk's "[%5lu.%06lu]": seconds right-aligned in five columns.
        for (long limit = 10_000; limit > 1 && seconds < limit; limit /= 10) {
            sb.append(' ');
        }
        sb.append(seconds).append('.');
        long micros = up / 1000 % 1_000_000;
        for (long d = 100_000; d > 0; d /= 10) {
            sb.append((char) ('0' + micros / d % 10));
        }
        boolean v6 = src.indexOf(':') >= 0;
        sb.append("] [UFW ").append(action).append("] IN=ens192 OUT= MAC=").append((String) (v6 ? h[2] : h[1]))
                .append(" SRC=");
        Addresses.appendNetfilter(sb, src);
        sb.append(" DST=");
        Addresses.appendNetfilter(sb, dst);
        if (v6) {
            sb.append(" LEN=").append(length + 40).append(" TC=0 HOPLIMIT=").append(ttl).append(" FLOWLBL=")
                    .append(id & 0xFFFFF);
        } else {
            sb.append(" LEN=").append(length + 20).append(" TOS=0x00 PREC=0x00 TTL=").append(ttl).append(" ID=").append(id);
            if (tcp && ttl < 128) {
                sb.append(" DF");
            }
        }
        if (tcp) {
            sb.append(" PROTO=TCP SPT=").append(sport).append(" DPT=").append(dport).append(" WINDOW=")
                    .append(ttl > 200 ? 1024 : 64240).append(" RES=0x00 SYN URGP=0");
        } else {
            sb.append(" PROTO=UDP SPT=").append(sport).append(" DPT=").append(dport).append(" LEN=").append(length);
        }
    }
}
