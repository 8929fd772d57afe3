package vn.gov.moh.soc.portal.domain.model.coverage;

import inet.ipaddr.IPAddressString;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.gov.moh.soc.portal.domain.model.unit.UnitId;

/**
 * The agents' newest heartbeats, looked up by the host a system declares.
 * <ul>
 * <li>A declared host is stood for by an agent that names its host by one of the host's qualified
 * names (case-insensitive); a name without a domain ({@code his-web-01}, declared, or the first
 * label of a declared qualified name, as {@code hostname -s} gives it) identifies a host only within
 * its unit, so it stands for it only when the agent belongs to the system's owner: short names
 * repeat across units (a {@code his-web-01} at every hospital).</li>
 * <li>A declared address, prefix or range is stood for by an agent whose host is an IPv4 or IPv6
 * address inside it (compared as addresses, so {@code 2001:DB8::1} and {@code 2001:db8:0::1} agree).</li>
 * </ul>
 * When several agents stand for one host, the newest heartbeat counts.
 */
public final class HeartbeatIndex {
    private final Map<String, List<AgentHeartbeat>> byName = new HashMap<>();
    private final List<AgentHeartbeat> byAddress = new ArrayList<>();

    public HeartbeatIndex(Collection<AgentHeartbeat> heartbeats) {
        for (AgentHeartbeat h : heartbeats) {
            if (new IPAddressString(h.hostName().strip()).isIPAddress()) {
                byAddress.add(h);
            } else {
                byName.computeIfAbsent(DeclaredHost.normalized(h.hostName()), k -> new ArrayList<>()).add(h);
            }
        }
    }

    /** The newest heartbeat that stands for the host of a system owned by {@code owner}. */
    public Optional<AgentHeartbeat> latest(DeclaredHost host, UnitId owner) {
        List<AgentHeartbeat> candidates = new ArrayList<>();
        if (host.address() == null) {
            Set<String> shortNames = new LinkedHashSet<>();
            for (String name : host.names()) {
                if (name.indexOf('.') >= 0) {
                    candidates.addAll(byName.getOrDefault(name, List.of()));
                }
                shortNames.add(DeclaredHost.firstLabel(name));
            }
            shortNames.forEach(s -> byName.getOrDefault(s, List.of()).stream()
                    .filter(h -> owner.value().equals(h.unit())).forEach(candidates::add));
        } else {
            byAddress.stream().filter(h -> host.address().contains(h.hostName().strip())).forEach(candidates::add);
        }
        return candidates.stream().reduce((a, b) -> b.newerThan(a) ? b : a);
    }
}
