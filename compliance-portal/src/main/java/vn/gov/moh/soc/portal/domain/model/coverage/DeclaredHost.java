package vn.gov.moh.soc.portal.domain.model.coverage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.gov.moh.soc.portal.domain.model.system.InformationSystem;
import vn.gov.moh.soc.portal.domain.model.system.NetworkAddress;
import vn.gov.moh.soc.portal.domain.model.system.SystemComponent;

/**
 * A host a system's component declares, which an agent's heartbeat must stand for: a host name,
 * or, for a component that lists no host names, one of its addresses (a single address, a prefix or
 * a range: any agent on an address inside it stands for it). A component that names its hosts is
 * watched by name only: its addresses usually belong to the same machines, and counting both would
 * ask for two agents per host.
 *
 * @param component the component's name
 * @param name      the host name in lower case without a final dot; null for an address
 * @param address   the address; null for a host name
 */
public record DeclaredHost(String component, String name, NetworkAddress address) {
    /** The hosts the system's components declare, in their order. */
    public static List<DeclaredHost> of(InformationSystem system) {
        List<DeclaredHost> hosts = new ArrayList<>();
        for (SystemComponent c : system.components()) {
            if (!c.hostNames().isEmpty()) {
                c.hostNames().stream().map(DeclaredHost::normalized).distinct()
                        .forEach(n -> hosts.add(new DeclaredHost(c.name(), n, null)));
            } else {
                c.addresses().forEach(a -> hosts.add(new DeclaredHost(c.name(), null, a)));
            }
        }
        return hosts;
    }

    /** How the host is shown: its name or the address's canonical text. */
    public String label() {
        return name != null ? name : address.toString();
    }

    /** The short name (first label) of a fully qualified name; empty for a short name or an address. */
    Optional<String> shortName() {
        if (name == null || name.indexOf('.') < 0) {
            return Optional.empty();
        }
        return Optional.of(name.substring(0, name.indexOf('.')));
    }

    /** Host names compare case-insensitively (DNS), with or without the root's final dot. */
    static String normalized(String host) {
        String h = host.strip().toLowerCase(Locale.ROOT);
        return h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
    }
}
