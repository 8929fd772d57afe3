package vn.gov.moh.soc.agent.file;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.CRC32C;

/**
 * What makes a file the same file after a rename: its device and inode, checked against a
 * fingerprint of its first bytes (so a recycled inode holding other content is a new file).
 *
 * @param device the device number
 * @param inode the inode number
 */
public record FileIdentity(long device, long inode) {
    /** Bytes of the file's start that make its fingerprint. */
    public static final int FINGERPRINT_BYTES = 1024;

    /** The identity of the file a path names now (following symbolic links). */
    public static FileIdentity of(Path path) throws IOException {
        Map<String, Object> attributes = Files.readAttributes(path, "unix:dev,ino");
        return new FileIdentity(((Number) attributes.get("dev")).longValue(), ((Number) attributes.get("ino")).longValue());
    }

    /** A short, stable text for the identity, used in envelope offsets. */
    public String key() {
        return Long.toHexString(device) + "-" + Long.toHexString(inode);
    }

    /** CRC-32C of the file's first {@code length} bytes (fewer if the file is shorter: see the result's length). */
    public static Fingerprint fingerprint(FileChannel channel, int length) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(length);
        long position = 0;
        while (buf.hasRemaining()) {
            int n = channel.read(buf, position);
            if (n < 0) {
                break;
            }
            position += n;
        }
        CRC32C crc = new CRC32C();
        crc.update(buf.array(), 0, buf.position());
        return new Fingerprint(buf.position(), crc.getValue());
    }

    /** The checksum of a file's first {@code length} bytes. */
    public record Fingerprint(int length, long crc) {
    }
}
