package vn.gov.moh.soc.portal.domain.model.incident;

import inet.ipaddr.AddressStringException;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import vn.gov.moh.soc.portal.domain.shared.Text;

/**
 * A fact of the incident others can look for: an address, an account, a host, a file hash, a URL,
 * a domain, a mailbox. Values are checked and kept in one normal form (an IPv6 address compressed,
 * a hash and a domain in lower case), so the same fact is never listed twice and the STIX export
 * derives the same id from it.
 *
 * @param note why it matters (optional), e.g. "attacker's source address"
 */
public record Observable(ObservableType type, String value, String note) {
    private static final Pattern HEX = Pattern.compile("[0-9a-f]+");
    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9_.-]{0,253})");
    private static final Pattern LOCAL_PART = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}");

    public Observable {
        Objects.requireNonNull(type, "type");
        value = normalize(type, Text.required(value, "the " + type.name().toLowerCase(Locale.ROOT) + " value", 2048));
        note = Text.optional(note, "the note", 500);
    }

    public static Observable of(ObservableType type, String value) {
        return new Observable(type, value, null);
    }

    /** The hash's algorithm as STIX names it ({@code MD5}, {@code SHA-1}, {@code SHA-256}); empty for other types. */
    public String hashAlgorithm() {
        if (type != ObservableType.HASH) {
            return "";
        }
        return switch (value.length()) {
            case 32 -> "MD5";
            case 40 -> "SHA-1";
            default -> "SHA-256";
        };
    }

    /** Whether the value is an IPv6 address (an IP observable only). */
    public boolean ipv6() {
        return type == ObservableType.IP && value.indexOf(':') >= 0;
    }

    /** Same type and value, whatever the note. */
    public boolean sameFact(Observable other) {
        return type == other.type && value.equals(other.value);
    }

    private static String normalize(ObservableType type, String v) {
        return switch (type) {
            case IP -> ip(v);
            case USER -> {
                if (v.length() > 256 || v.chars().anyMatch(Character::isISOControl) || v.chars().noneMatch(Character::isLetterOrDigit)) {
                    // No letter or digit: a log's placeholder ("-"), not an account.
                    throw new IllegalArgumentException("a user name is at most 256 characters with a letter or digit and no control characters: '"
                            + v + "'");
                }
                yield v;
            }
            case HOST -> {
                if (!HOST.matcher(v).matches()) {
                    throw new IllegalArgumentException("a host name is letters, digits, '-', '_' and '.', at most 254: '" + v + "'");
                }
                yield v.toLowerCase(Locale.ROOT);
            }
            case HASH -> hash(v);
            case URL -> url(v);
            case DOMAIN -> domain(v);
            case EMAIL -> email(v);
        };
    }

    private static String ip(String v) {
        IPAddress address;
        try {
            address = new IPAddressString(v).toAddress();
        } catch (AddressStringException e) {
            throw new IllegalArgumentException("'" + v + "' is not an IP address: " + e.getMessage());
        }
        if (address.isMultiple() || address.isPrefixed()) {
            throw new IllegalArgumentException("'" + v + "' is a network or range: an IP observable is one address");
        }
        return address.toCanonicalString();
    }

    private static String hash(String v) {
        String h = v.toLowerCase(Locale.ROOT);
        if (!HEX.matcher(h).matches() || (h.length() != 32 && h.length() != 40 && h.length() != 64)) {
            throw new IllegalArgumentException("a hash is an MD5 (32), SHA-1 (40) or SHA-256 (64) in hexadecimal digits; '" + v
                    + "' has " + h.length() + " characters" + (HEX.matcher(h).matches() ? "" : " and others than 0-9, a-f"));
        }
        return h;
    }

    private static String url(String v) {
        URI uri;
        try {
            uri = new URI(v);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'" + v + "' is not a URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https") || scheme.equals("ftp")) || uri.getHost() == null) {
            throw new IllegalArgumentException("a URL observable is http(s):// or ftp:// with a host: '" + v + "'");
        }
        return v;
    }

    private static String domain(String v) {
        String ascii;
        try {
            ascii = IDN.toASCII(v.endsWith(".") ? v.substring(0, v.length() - 1) : v, IDN.USE_STD3_ASCII_RULES)
                    .toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + v + "' is not a domain name: " + e.getMessage());
        }
        String[] labels = ascii.split("\\.", -1);
        if (labels.length < 2 || ascii.length() > 253) {
            throw new IllegalArgumentException("a domain name has at least two labels, at most 253 characters: '" + v + "'");
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                throw new IllegalArgumentException("'" + v + "' is not a domain name: label '" + label + "'");
            }
        }
        if (labels[labels.length - 1].chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("'" + v + "' is an address, not a domain name: make it an IP observable");
        }
        return ascii;
    }

    private static String email(String v) {
        int at = v.lastIndexOf('@');
        if (at <= 0 || at == v.length() - 1 || !LOCAL_PART.matcher(v.substring(0, at)).matches()) {
            throw new IllegalArgumentException("'" + v + "' is not an e-mail address (local part @ domain)");
        }
        return v.substring(0, at) + "@" + domain(v.substring(at + 1));
    }
}
