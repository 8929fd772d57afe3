package vn.gov.moh.soc.core.net;

import inet.ipaddr.ipv4.IPv4Address;

/**
 * The plain IPv4 form {@code a.b.c.d} (decimal, no leading zeros), which nearly every event
 * carries, read without the ipaddress library's general parser (several times faster). The text
 * of such an address is its canonical form.
 */
public final class DottedQuad {
    private DottedQuad() {
    }

    /** The address, or null for anything else, which the library then reads. */
    public static IPv4Address parse(String s) {
        int n = s.length();
        if (n < 7 || n > 15) {
            return null;
        }
        int value = 0;
        int octet = 0;
        int digits = 0;
        int dots = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                if (digits > 0 && octet == 0) {
                    return null; // a leading zero: some readers take it for octal
                }
                octet = octet * 10 + (c - '0');
                if (++digits > 3 || octet > 255) {
                    return null;
                }
            } else if (c == '.' && digits > 0 && dots < 3) {
                value = value << 8 | octet;
                octet = 0;
                digits = 0;
                dots++;
            } else {
                return null;
            }
        }
        if (dots != 3 || digits == 0) {
            return null;
        }
        return new IPv4Address(value << 8 | octet);
    }
}
