package vn.gov.moh.soc.portal.domain.model.coverage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.gov.moh.soc.portal.domain.model.system.InformationSystem;
import vn.gov.moh.soc.portal.domain.model.system.NetworkAddress;
import vn.gov.moh.soc.portal.domain.model.system.SystemComponent;

/**
 * A host a system's component declares, which an agent's heartbeat must stand for: a machine named
 * by one or more host names, or, for a component that lists no host names, one of its addresses (a
 * single address, a prefix or a range: any agent on an address inside it stands for it). Names of
 * one component that share their first label ({@code his-web-01} and {@code his-web-01.bvbachmai.vn},
 * listed both because syslog names hosts short and Windows by their full name) are one machine. A
 * component that names its hosts is watched by name only: its addresses usually belong to the same
 * machines, and counting both would ask for two agents per host.
 *
 * @param component the component's name
 * @param names     the machine's names in lower case without a final dot, the qualified ones first;
 *                  empty for an address
 * @param address   the address; null for a named host
 */
public record DeclaredHost(String component, List<String> names, NetworkAddress address) {
    public DeclaredHost {
        names = List.copyOf(names);
    }

    /** The hosts the system's components declare, in their order. */
    public static List<DeclaredHost> of(InformationSystem system) {
        List<DeclaredHost> hosts = new ArrayList<>();
        for (SystemComponent c : system.components()) {
            if (c.hostNames().isEmpty()) {
                c.addresses().forEach(a -> hosts.add(new DeclaredHost(c.name(), List.of(), a)));
                continue;
            }
            Map<String, List<String>> byFirstLabel = new LinkedHashMap<>();
            c.hostNames().stream().map(DeclaredHost::normalized).distinct()
                    .forEach(n -> byFirstLabel.computeIfAbsent(firstLabel(n), k -> new ArrayList<>()).add(n));
            byFirstLabel.values().forEach(names -> {
                names.sort((a, b) -> Boolean.compare(a.indexOf('.') < 0, b.indexOf('.') < 0));
                hosts.add(new DeclaredHost(c.name(), names, null));
            });
        }
        return hosts;
    }

    /** How the host is shown: its first qualified name, or the address's canonical text. */
    public String label() {
        return address != null ? address.toString() : names.get(0);
    }

    static String firstLabel(String name) {
        int dot = name.indexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    /** Host names compare case-insensitively (DNS), with or without the root's final dot. */
    static String normalized(String host) {
        String h = host.strip().toLowerCase(Locale.ROOT);
        return h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
    }
}
