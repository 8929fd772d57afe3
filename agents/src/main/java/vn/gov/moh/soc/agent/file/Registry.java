package vn.gov.moh.soc.agent.file;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How far each file was read, kept in one JSON file per input and replaced atomically (write a
 * temporary file, force it to disk, rename it over the old one, force the directory), so that a
 * crash leaves either the old registry or the new one, never a mix.
 */
public final class Registry {
    private static final System.Logger LOG = System.getLogger(Registry.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One file's state.
     *
     * @param generation how many times the file was truncated in place (copy-truncate rotation):
     *     part of its record offsets, so that lines read again after a truncation get new ids
     */
    public record Entry(FileIdentity identity, String path, long offset, int generation,
            FileIdentity.Fingerprint fingerprint) {
    }

    private final Path file;

    public Registry(Path file) {
        this.file = file;
    }

    /** The entries saved last, by identity; empty if there is no registry yet or it is unreadable. */
    public Map<FileIdentity, Entry> load() {
        Map<FileIdentity, Entry> out = new HashMap<>();
        if (!Files.exists(file)) {
            return out;
        }
        try {
            JsonNode root = JSON.readTree(file.toFile());
            for (JsonNode n : root.path("files")) {
                FileIdentity id = new FileIdentity(n.path("device").asLong(), n.path("inode").asLong());
                out.put(id, new Entry(id, n.path("path").asText(), n.path("offset").asLong(), n.path("generation").asInt(),
                        new FileIdentity.Fingerprint(n.path("fingerprint_bytes").asInt(), n.path("fingerprint").asLong())));
            }
        } catch (IOException | RuntimeException e) {
            // Never happens through our own writes (they are atomic); a hand-edited file might.
            LOG.log(System.Logger.Level.ERROR, "registry {0} is unreadable ({1}): files are read as if seen for the"
                    + " first time", file, e.getMessage());
            out.clear();
        }
        return out;
    }

    /** Replaces the registry with these entries. */
    public void save(List<Entry> entries) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("version", 1);
        ArrayNode files = root.putArray("files");
        for (Entry e : entries) {
            ObjectNode n = files.addObject();
            n.put("device", e.identity().device());
            n.put("inode", e.identity().inode());
            n.put("path", e.path());
            n.put("offset", e.offset());
            n.put("generation", e.generation());
            n.put("fingerprint_bytes", e.fingerprint().length());
            n.put("fingerprint", e.fingerprint().crc());
        }
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buf = ByteBuffer.wrap(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            ch.force(true);
        }
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        try (FileChannel dir = FileChannel.open(file.getParent(), StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException e) {
            // Not every file system can sync a directory.
        }
    }

    static List<Entry> sorted(Map<FileIdentity, Entry> entries) {
        List<Entry> list = new ArrayList<>(entries.values());
        list.sort(java.util.Comparator.comparing(Entry::path));
        return list;
    }
}
