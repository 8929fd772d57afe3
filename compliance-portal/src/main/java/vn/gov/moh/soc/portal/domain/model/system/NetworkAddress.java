package vn.gov.moh.soc.portal.domain.model.system;

import inet.ipaddr.AddressStringException;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import java.util.Objects;

/**
 * An IPv4 or IPv6 address, prefix ({@code 10.1.0.0/16}, {@code 2001:db8::/48}) or range
 * ({@code 10.1.2.10-20}) where a component listens; the SOC maps a log line to a system with it.
 */
public final class NetworkAddress {
    private final IPAddress address;

    private NetworkAddress(IPAddress address) {
        this.address = address;
    }

    /** Parses an address, prefix or range; the message says why a text is not one. */
    public static NetworkAddress parse(String text) {
        Objects.requireNonNull(text, "address");
        IPAddressString parsed = new IPAddressString(text.strip());
        try {
            // The library reads "" as loopback and "*" as every address; neither says where a component is.
            IPAddress address = parsed.toAddress();
            if (address == null || parsed.isEmpty() || parsed.isAllAddresses() || text.isBlank()) {
                throw new IllegalArgumentException("not an IPv4 or IPv6 address, prefix or range: '" + text + "'");
            }
            // A prefix written with host bits set ("10.1.2.3/16") means the whole block.
            return new NetworkAddress(address.isPrefixed() ? address.toPrefixBlock() : address);
        } catch (AddressStringException e) {
            throw new IllegalArgumentException("not an IPv4 or IPv6 address, prefix or range: '" + text + "': " + e.getMessage(), e);
        }
    }

    public boolean isIpv6() {
        return address.isIPv6();
    }

    /** Whether the given address lies in this one. */
    public boolean contains(String ip) {
        IPAddress other = new IPAddressString(ip).getAddress();
        return other != null && address.contains(other);
    }

    /** The canonical text: what is stored and shown. */
    @Override
    public String toString() {
        return address.toCanonicalString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NetworkAddress other && address.equals(other.address);
    }

    @Override
    public int hashCode() {
        return address.hashCode();
    }
}
