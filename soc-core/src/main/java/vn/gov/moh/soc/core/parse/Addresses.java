package vn.gov.moh.soc.core.parse;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import inet.ipaddr.IPAddressStringParameters;
import vn.gov.moh.soc.core.event.Event;
import vn.gov.moh.soc.core.net.DottedQuad;

/**
 * Network addresses as logs write them, into ECS: a valid IP goes to {@code <side>.ip} in its
 * canonical form (the kernel writes IPv6 fully expanded, {@code 2001:0db8:0000:...}; rules and
 * correlation keys need one spelling), anything else (a host name, a masked {@code 10.0.0.x})
 * to {@code <side>.address}, which Elasticsearch does not type as an IP.
 */
final class Addresses {
    /** Plain addresses only: no inet_aton forms (010.1 is not 8.0.0.1 here), ranges, masks or prefixes. */
    private static final IPAddressStringParameters PLAIN = new IPAddressStringParameters.Builder()
            .allowEmpty(false).allowAll(false).allowSingleSegment(false).allowPrefix(false).allowMask(false)
            .allowPrefixOnly(false).allowWildcardedSeparator(false).allow_inet_aton(false).toParams();

    private Addresses() {
    }

    static void source(Event e, String text) {
        put(e, "source", text);
    }

    static void destination(Event e, String text) {
        put(e, "destination", text);
    }

    /** Sets {@code <side>.ip} or {@code <side>.address}; returns the IP, or null when the text is none. */
    static IPAddress put(Event e, String side, String text) {
        IPAddress quad = text == null ? null : DottedQuad.parse(text);
        if (quad != null) {
            // Its text is its canonical form: no second spelling to build.
            e.put(side + ".ip", text);
            return quad;
        }
        IPAddress ip = ip(text);
        if (ip != null) {
            e.put(side + ".ip", ip.toCanonicalString());
        } else {
            e.put(side + ".address", text);
        }
        return ip;
    }

    private static IPAddress ip(String text) {
        if (text == null || text.length() > 45 || text.indexOf('*') >= 0) {
            return null;
        }
        IPAddress address = new IPAddressString(text, PLAIN).getAddress();
        return address != null && !address.isMultiple() ? address : null;
    }
}
