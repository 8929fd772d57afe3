package vn.gov.moh.soc.agent.generate;

import java.util.List;
import java.util.SplittableRandom;

/**
 * What the UFW host firewalls of a unit's Linux servers log: the Internet's background scanning
 * of exposed servers (blocked), logged internal connections to databases and APIs (allowed),
 * workstations knocking on ports they may not use (blocked), and multicast chatter (blocked).
 */
final class FirewallTraffic implements Traffic {
    private static final int[] SCANNED_PORTS = {22, 22, 22, 23, 80, 443, 445, 1433, 3306, 3389, 3389, 5432, 5900, 6379,
        8080, 8443, 9200, 2375, 11211, 27017};
    private static final String[] EXPOSED = {"his-web-01", "his-web-02", "bastion-01", "fhir-gw-01"};

    private final HospitalUnit[] units;
    private final FirewallLogFormat format;
    /** Per unit: exposed servers, the public IPv6 address of each (in {@link #EXPOSED} order). */
    private final Host[][] exposed;
    private final String[][] exposedV6;
    private final Host[][] internal;
    private final StringBuilder address = new StringBuilder(48);

    FirewallTraffic(List<HospitalUnit> units, Formats formats) {
        this.units = units.toArray(new HospitalUnit[0]);
        this.format = formats.firewall;
        exposed = new Host[this.units.length][];
        exposedV6 = new String[this.units.length][];
        internal = new Host[this.units.length][];
        for (int i = 0; i < this.units.length; i++) {
            HospitalUnit u = this.units[i];
            exposed[i] = new Host[EXPOSED.length];
            exposedV6[i] = new String[EXPOSED.length];
            for (int k = 0; k < EXPOSED.length; k++) {
                exposed[i][k] = u.linuxServer(EXPOSED[k]);
                exposedV6[i][k] = publicV6(u, k);
            }
            internal[i] = new Host[] {u.linuxServer("his-db-01"), u.linuxServer("his-app-01"),
                u.linuxServer("his-app-02"), u.linuxServer("lis-01"), u.linuxServer("pacs-01")};
        }
    }

    /** The unit's public IPv6 prefix is 2001:db8:ffXX::/48 (documentation space, XX its octet). */
    static String publicV6(HospitalUnit u, int server) {
        String o = Integer.toHexString(u.octet());
        return "2001:db8:ff" + (o.length() < 2 ? "0" + o : o) + "::" + Integer.toHexString(0x11 + server);
    }

    @Override
    public void next(StringBuilder sb, int unit, long nanos, int localHour, SplittableRandom rng) {
        HospitalUnit u = units[unit];
        int r = rng.nextInt(100);
        int id = rng.nextInt(65536);
        if (r < 55) {
            int k = rng.nextInt(EXPOSED.length);
            address.setLength(0);
            Addresses.appendBenignExternal(address, rng);
            String src = address.toString();
            boolean v6 = src.indexOf(':') >= 0;
            int port = SCANNED_PORTS[rng.nextInt(SCANNED_PORTS.length)];
            format.packet(sb, nanos, exposed[unit][k], "BLOCK", src, v6 ? exposedV6[unit][k] : exposed[unit][k].ip(),
                    true, 1024 + rng.nextInt(64000), port, 24, 30 + rng.nextInt(220), id);
        } else if (r < 75) {
            Host to = internal[unit][rng.nextInt(internal[unit].length)];
            Host from = u.linuxServers().get(rng.nextInt(4));
            int port = to.name().equals("his-db-01") ? 5432 : to.name().startsWith("his-app") ? 8080 : 443;
            format.packet(sb, nanos, to, "ALLOW", from.ip(), to.ip(), true, 32768 + rng.nextInt(28000), port, 40, 64, id);
        } else if (r < 90) {
            Host to = internal[unit][rng.nextInt(internal[unit].length)];
            Staff s = u.staff().get(rng.nextInt(u.staff().size()));
            int port = rng.nextBoolean() ? 22 : rng.nextBoolean() ? 3306 : 139;
            format.packet(sb, nanos, to, "BLOCK", s.ip(), to.ip(), true, 49152 + rng.nextInt(16000), port, 32, 127, id);
        } else {
            Host on = u.linuxServers().get(rng.nextInt(u.linuxServers().size()));
            Host from = u.linuxServers().get(rng.nextInt(u.linuxServers().size()));
            boolean mdns = rng.nextBoolean();
            format.packet(sb, nanos, on, "BLOCK", from.ip(), mdns ? "224.0.0.251" : "239.255.255.250", false,
                    mdns ? 5353 : 40000 + rng.nextInt(20000), mdns ? 5353 : 1900, mdns ? 53 : 175, mdns ? 255 : 4, 0);
        }
    }
}
