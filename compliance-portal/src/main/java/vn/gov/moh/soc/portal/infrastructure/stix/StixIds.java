package vn.gov.moh.soc.portal.infrastructure.stix;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * STIX identifiers that do not change between exports: {@code type--UUIDv5}. Cyber-observable
 * objects take the namespace and names STIX 2.1 §2.9 prescribes (their canonical JSON), so the same
 * address exported by two organizations gets the same id; our other objects take the portal's own
 * namespace and a name built from the incident's reference.
 */
final class StixIds {
    /** STIX 2.1 §2.9: the namespace of deterministic cyber-observable ids. */
    static final UUID SCO_NAMESPACE = UUID.fromString("00abedb4-aa42-466c-9c01-fed23315a9b7");
    /** Ours, fixed once: changing it would change every exported id. */
    static final UUID PORTAL_NAMESPACE = UUID.fromString("3521db08-26a5-4e23-aed2-7bc1e0edfd7d");

    private StixIds() {
    }

    static String of(String type, UUID namespace, String name) {
        return type + "--" + uuid5(namespace, name);
    }

    /** RFC 9562 version 5: SHA-1 over the namespace's bytes and the name's UTF-8, version and variant bits set. */
    static UUID uuid5(UUID namespace, String name) {
        MessageDigest sha1;
        try {
            sha1 = MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-1", e);
        }
        sha1.update(ByteBuffer.allocate(16).putLong(namespace.getMostSignificantBits()).putLong(namespace.getLeastSignificantBits()).array());
        byte[] h = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
        h[6] = (byte) ((h[6] & 0x0f) | 0x50);
        h[8] = (byte) ((h[8] & 0x3f) | 0x80);
        ByteBuffer b = ByteBuffer.wrap(h, 0, 16);
        return new UUID(b.getLong(), b.getLong());
    }
}
