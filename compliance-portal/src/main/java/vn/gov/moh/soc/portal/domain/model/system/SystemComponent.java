package vn.gov.moh.soc.portal.domain.model.system;

import inet.ipaddr.HostName;
import inet.ipaddr.HostNameException;
import java.util.List;
import java.util.Optional;

/**
 * A part of a system: a server group, an application, a subsystem. When the component is a system
 * of its own (Decree 85, Art. 5), it carries its own classification profile and its own level.
 *
 * @param name      what the owner calls it
 * @param hostNames DNS names of its hosts
 * @param addresses its addresses, prefixes and ranges
 * @param profile   its own classification, or null when it shares the system's
 */
public record SystemComponent(String name, List<String> hostNames, List<NetworkAddress> addresses, ClassificationProfile profile) {
    public SystemComponent {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a component has a name");
        }
        hostNames = hostNames == null ? List.of() : List.copyOf(hostNames);
        addresses = addresses == null ? List.of() : List.copyOf(addresses);
        for (String host : hostNames) {
            checkHostName(host);
        }
    }

    public Optional<ClassificationProfile> ownProfile() {
        return Optional.ofNullable(profile);
    }

    private static void checkHostName(String host) {
        HostName parsed = new HostName(host);
        try {
            parsed.validate();
        } catch (HostNameException e) {
            throw new IllegalArgumentException("not a host name: '" + host + "': " + e.getMessage(), e);
        }
        if (parsed.isAddress() || host.contains("/") || host.contains(":")) {
            throw new IllegalArgumentException("'" + host + "' is an address, not a host name: list it under addresses");
        }
    }
}
