package vn.gov.moh.soc.agent.file;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import vn.gov.moh.soc.agent.config.AgentConfig;
import vn.gov.moh.soc.agent.line.LineDecoding;
import vn.gov.moh.soc.agent.line.LineSplitter;
import vn.gov.moh.soc.agent.line.MultilineJoiner;
import vn.gov.moh.soc.agent.pipeline.Input;
import vn.gov.moh.soc.agent.pipeline.InputCounters;
import vn.gov.moh.soc.agent.pipeline.Sink;
import vn.gov.moh.soc.agent.spool.SpoolFullException;
import vn.gov.moh.soc.core.envelope.Envelope;
import vn.gov.moh.soc.core.envelope.Flag;

/**
 * Follows the files matching the input's glob patterns, on one thread.
 *
 * <ul>
 * <li>A file is known by its identity (device, inode, fingerprint of its first bytes), not its
 * name: after a rename (logrotate's default) the old file is read to its end, then closed, and
 * the new file under the name is read from its start; a file whose size drops below the read
 * position was truncated in place (copy-truncate) and is read again from its start, with a new
 * generation in its record offsets.</li>
 * <li>Files present at the first start without a registry entry are read from their end or their
 * start ({@code start_at}); files appearing later are read from their start.</li>
 * <li>Compressed files (rotated archives) are never read, even if a pattern matches them.</li>
 * <li>Positions go to the registry only through {@link #prepareCommit}: never past a record the
 * sink has not taken, nor past the start of a multi-line record still being joined.</li>
 * </ul>
 */
public final class FileInput implements Input {
    private static final System.Logger LOG = System.getLogger(FileInput.class.getName());
    private static final Set<String> COMPRESSED = Set.of(".gz", ".bz2", ".xz", ".zst", ".zip", ".lz4", ".7z", ".z", ".tgz");
    private static final int READ_BUFFER = 64 * 1024;
    /** Most bytes read from one file before turning to the others (fairness). */
    private static final int BUDGET = 4 * 1024 * 1024;
    private static final long POLL_MILLIS = 100;

    private final AgentConfig.FileInput settings;
    private final String agentId;
    private final Registry registry;
    private final InputCounters counters = new InputCounters();
    private final List<PathMatcher> include = new ArrayList<>();
    private final List<PathMatcher> exclude = new ArrayList<>();
    private final Map<FileIdentity, Harvester> active = new LinkedHashMap<>();
    /** Positions of files not open now (finished after a rename, or not yet reopened), by identity. */
    private final Map<FileIdentity, Registry.Entry> dormant = new HashMap<>();
    private final ByteBuffer buffer = ByteBuffer.allocate(READ_BUFFER);
    private Thread thread;
    private volatile boolean running;
    private Sink sink;

    public FileInput(AgentConfig.FileInput settings, String agentId, Path registryFile) {
        this.settings = settings;
        this.agentId = agentId;
        this.registry = new Registry(registryFile);
        for (String p : settings.paths()) {
            include.add(FileSystems.getDefault().getPathMatcher("glob:" + p));
        }
        for (String p : settings.exclude()) {
            exclude.add(FileSystems.getDefault().getPathMatcher("glob:" + p));
        }
    }

    @Override
    public String name() {
        return settings.name();
    }

    @Override
    public InputCounters counters() {
        return counters;
    }

    @Override
    public synchronized void start(Sink sink) {
        this.sink = sink;
        dormant.putAll(registry.load());
        boolean firstStart = dormant.isEmpty();
        scan(firstStart);
        running = true;
        thread = new Thread(this::run, "soc-agent-file-" + settings.name());
        thread.start();
    }

    private void run() {
        long nextScan = System.nanoTime() + settings.scanInterval().toNanos();
        try {
            while (running) {
                boolean progress = false;
                List<Harvester> harvesters;
                synchronized (this) {
                    harvesters = new ArrayList<>(active.values());
                }
                for (Harvester h : harvesters) {
                    progress |= h.read();
                }
                for (Harvester h : harvesters) {
                    h.expireMultiline();
                }
                if (System.nanoTime() >= nextScan) {
                    synchronized (this) {
                        scan(false);
                    }
                    nextScan = System.nanoTime() + settings.scanInterval().toNanos();
                }
                updateLag();
                if (!progress) {
                    TimeUnit.MILLISECONDS.sleep(POLL_MILLIS);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (SpoolFullException e) {
            LOG.log(System.Logger.Level.INFO, "input {0}: stopped while the spool is full; it reads on from its"
                    + " saved position at the next start", settings.name());
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "file input " + settings.name() + " stopped: " + e, e);
            counters.error();
        }
    }

    /** Finds the files matching the patterns; opens new ones; notices renames. */
    private void scan(boolean firstStart) {
        Set<Path> matched = new LinkedHashSet<>();
        for (String pattern : settings.paths()) {
            matched.addAll(expand(pattern));
        }
        Set<FileIdentity> present = new java.util.HashSet<>();
        for (Path path : matched) {
            FileIdentity id;
            try {
                id = FileIdentity.of(path);
            } catch (IOException e) {
                continue; // gone between listing and reading
            }
            present.add(id);
            Harvester h = active.get(id);
            if (h != null) {
                h.path = path; // followed a rename inside the pattern
                continue;
            }
            open(path, id, firstStart);
        }
        for (Harvester h : active.values()) {
            h.renamed = !present.contains(h.identity) && !stillAt(h);
        }
        dormant.keySet().retainAll(present);
    }

    private static boolean stillAt(Harvester h) {
        try {
            return FileIdentity.of(h.path).equals(h.identity);
        } catch (IOException e) {
            return false;
        }
    }

    private void open(Path path, FileIdentity id, boolean firstStart) {
        try {
            FileChannel channel = FileChannel.open(path, StandardOpenOption.READ);
            FileIdentity.Fingerprint fp = FileIdentity.fingerprint(channel, FileIdentity.FINGERPRINT_BYTES);
            Registry.Entry known = dormant.remove(id);
            long size = channel.size();
            long position;
            int generation = 0;
            if (known != null && sameStart(channel, known.fingerprint())) {
                position = known.offset();
                generation = known.generation();
                if (position > size) {
                    LOG.log(System.Logger.Level.INFO, "{0} is shorter than when last read: reading it again from its start", path);
                    position = 0;
                    generation++;
                }
                if (position == size && known.offset() == size && size > 0 && known.path().equals(path.toString())) {
                    LOG.log(System.Logger.Level.DEBUG, "{0}: resuming at its end", path);
                }
            } else if (known != null) {
                position = 0; // a recycled inode: another file
            } else {
                position = firstStart && settings.startAt() == AgentConfig.StartAt.END ? size : 0;
            }
            Harvester h = new Harvester(path, id, channel, position, generation, fp);
            active.put(id, h);
            LOG.log(System.Logger.Level.INFO, "input {0}: reading {1} from byte {2}", settings.name(), path, position);
        } catch (NoSuchFileException e) {
            // gone already
        } catch (IOException e) {
            counters.error();
            LOG.log(System.Logger.Level.WARNING, "input {0}: cannot open {1}: {2}", settings.name(), path, e.getMessage());
        }
    }

    private static boolean sameStart(FileChannel channel, FileIdentity.Fingerprint known) throws IOException {
        if (known.length() == 0) {
            return true;
        }
        return FileIdentity.fingerprint(channel, known.length()).equals(known);
    }

    /** The regular files a glob pattern names now, without compressed and excluded ones. */
    private List<Path> expand(String pattern) {
        Path fixed = fixedPrefix(pattern);
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        List<Path> out = new ArrayList<>();
        if (!Files.isDirectory(fixed)) {
            if (Files.isRegularFile(fixed) && acceptable(fixed)) {
                out.add(fixed);
            }
            return out;
        }
        int depth = pattern.contains("**") ? 16 : Path.of(pattern).getNameCount() - fixed.getNameCount();
        try (Stream<Path> files = Files.walk(fixed, Math.max(1, depth))) {
            files.filter(p -> matcher.matches(p) && Files.isRegularFile(p) && acceptable(p)).sorted().forEach(out::add);
        } catch (IOException | java.io.UncheckedIOException e) {
            LOG.log(System.Logger.Level.DEBUG, "cannot list {0}: {1}", fixed, e.getMessage());
        }
        return out;
    }

    private boolean acceptable(Path p) {
        String name = p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        for (String suffix : COMPRESSED) {
            if (name.endsWith(suffix)) {
                return false;
            }
        }
        for (PathMatcher m : exclude) {
            if (m.matches(p) || m.matches(p.getFileName())) {
                return false;
            }
        }
        return true;
    }

    private static Path fixedPrefix(String pattern) {
        Path p = Path.of(pattern);
        Path fixed = p.getRoot() == null ? Path.of("") : p.getRoot();
        for (Path part : p) {
            if (part.toString().matches(".*[*?\\[{].*")) {
                break;
            }
            fixed = fixed.resolve(part);
        }
        return fixed;
    }

    private void updateLag() {
        long lag = 0;
        synchronized (this) {
            for (Harvester h : active.values()) {
                try {
                    lag += Math.max(0, h.channel.size() - h.position);
                } catch (IOException e) {
                    // closed meanwhile
                }
            }
        }
        counters.lag(lag);
    }

    @Override
    public synchronized Runnable prepareCommit() {
        Map<FileIdentity, Registry.Entry> entries = new HashMap<>(dormant);
        for (Harvester h : active.values()) {
            entries.put(h.identity, new Registry.Entry(h.identity, h.path.toString(), h.committed, h.generation, h.fingerprint));
        }
        List<Registry.Entry> snapshot = Registry.sorted(entries);
        return () -> {
            try {
                registry.save(snapshot);
            } catch (IOException e) {
                counters.error();
                LOG.log(System.Logger.Level.ERROR, "input {0}: cannot save the registry: {1}", settings.name(), e.getMessage());
            }
        };
    }

    @Override
    public void close() {
        running = false;
        if (thread != null) {
            // Not interrupted: an interrupt inside a file channel write would close the spool's file.
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        synchronized (this) {
            for (Harvester h : active.values()) {
                try {
                    h.channel.close();
                } catch (IOException e) {
                    // closing anyway
                }
            }
        }
    }

    /** One open file. */
    private final class Harvester implements LineSplitter.Handler {
        final FileIdentity identity;
        final FileChannel channel;
        volatile Path path;
        long position;
        int generation;
        FileIdentity.Fingerprint fingerprint;
        final LineSplitter splitter;
        final MultilineJoiner joiner;
        /** Where a restart must read from: every record before it is in the sink. */
        volatile long committed;
        volatile boolean renamed;
        private long idleSince = -1;
        /** When the bytes being split were read: the received time of the lines among them. */
        private Instant readAt;
        private final boolean jsonLines = settings.format().equals("jsonl") || settings.format().equals("evtx-json");
        // The path as text and the offsets' prefix, made again only when the path or generation change.
        private Path sourcePath;
        private String source;
        private int prefixGeneration = -1;
        private String offsetPrefix;

        Harvester(Path path, FileIdentity identity, FileChannel channel, long position, int generation,
                FileIdentity.Fingerprint fingerprint) {
            this.path = path;
            this.identity = identity;
            this.channel = channel;
            this.position = position;
            this.generation = generation;
            this.fingerprint = fingerprint;
            this.committed = position;
            this.splitter = new LineSplitter(settings.maxLineBytes(), position);
            AgentConfig.Multiline ml = settings.multiline();
            this.joiner = ml == null ? null : new MultilineJoiner(ml.start(), ml.continuation(), ml.maxLines(),
                    settings.maxLineBytes());
        }

        /** Reads what is new; returns whether anything was. */
        boolean read() throws InterruptedException {
            try {
                long size = channel.size();
                if (size < position) {
                    LOG.log(System.Logger.Level.INFO, "{0} was truncated (copy-truncate rotation): reading it from its start", path);
                    generation++;
                    position = 0;
                    splitter.reset(0);
                    if (joiner != null) {
                        joiner.take();
                    }
                    committed = 0;
                }
                if (position < FileIdentity.FINGERPRINT_BYTES && fingerprint.length() < FileIdentity.FINGERPRINT_BYTES
                        && size > fingerprint.length()) {
                    fingerprint = FileIdentity.fingerprint(channel, FileIdentity.FINGERPRINT_BYTES);
                }
                int budget = BUDGET;
                boolean progress = false;
                while (budget > 0) {
                    buffer.clear();
                    int n = channel.read(buffer, position);
                    if (n <= 0) {
                        break;
                    }
                    progress = true;
                    budget -= n;
                    readAt = Instant.now();
                    splitter.feed(buffer.array(), 0, n, this);
                    position += n;
                    updateCommitted();
                }
                if (progress) {
                    idleSince = -1;
                } else if (renamed) {
                    finishIfIdle();
                }
                return progress;
            } catch (IOException e) {
                counters.error();
                LOG.log(System.Logger.Level.WARNING, "input {0}: reading {1} failed: {2}", settings.name(), path, e.getMessage());
                return false;
            }
        }

        /** A renamed file that stopped growing is read to its very end, then closed. */
        private void finishIfIdle() throws InterruptedException, IOException {
            if (idleSince < 0) {
                idleSince = System.nanoTime();
                return;
            }
            if (System.nanoTime() - idleSince < settings.scanInterval().toNanos() * 2) {
                return;
            }
            readAt = Instant.now();
            splitter.finish(this);
            if (joiner != null) {
                emit(joiner.take());
            }
            updateCommitted();
            channel.close();
            synchronized (FileInput.this) {
                active.remove(identity);
                dormant.put(identity, new Registry.Entry(identity, path.toString(), position, generation, fingerprint));
            }
            LOG.log(System.Logger.Level.INFO, "input {0}: finished {1} (rotated away)", settings.name(), path);
        }

        void expireMultiline() throws InterruptedException {
            if (joiner != null) {
                MultilineJoiner.Joined j = joiner.expire(settings.multiline().timeout().toNanos());
                if (j != null) {
                    readAt = Instant.now();
                    emit(j);
                    updateCommitted();
                }
            }
        }

        private void updateCommitted() {
            long pending = joiner == null ? -1 : joiner.pendingStart();
            committed = pending >= 0 ? pending : splitter.pendingStart();
        }

        @Override
        public void line(byte[] buf, int length, long start, long end, long originalBytes, boolean cut)
                throws InterruptedException {
            if (joiner != null) {
                LineDecoding.Decoded d = LineDecoding.decode(buf, 0, length, settings.maxLineBytes(), originalBytes);
                emit(joiner.offer(d.text(), start, end, originalBytes, d.flags()));
            } else {
                // Without joining, the line goes out as the bytes read: no string is made of it.
                LineDecoding.DecodedUtf8 d = LineDecoding.decodeUtf8(buf, 0, length, settings.maxLineBytes(), originalBytes);
                send(null, d.utf8(), start, originalBytes, d.flags());
            }
            // Line by line, not only after a whole read: an input stopped in the middle of a read
            // (the spool full at a stop) saves the position just after its last line the sink took.
            updateCommitted();
        }

        private void emit(MultilineJoiner.Joined j) throws InterruptedException {
            if (j != null) {
                send(j.text(), null, j.start(), j.originalBytes(), j.flags());
            }
        }

        /** Ships a line given as text or as UTF-8 bytes. */
        private void send(String text, byte[] utf8, long start, long originalBytes, Set<Flag> lineFlags)
                throws InterruptedException {
            Path p = path;
            if (p != sourcePath) {
                sourcePath = p;
                source = p.toString();
            }
            if (generation != prefixGeneration) {
                prefixGeneration = generation;
                offsetPrefix = identity.key() + "." + generation + ".";
            }
            Set<Flag> flags = lineFlags;
            String format = settings.format();
            if (jsonLines && !(text != null ? looksLikeJsonObject(text) : looksLikeJsonObject(utf8))) {
                flags = EnumSet.of(Flag.INVALID_JSON);
                flags.addAll(lineFlags);
            }
            String offset = offsetPrefix + start;
            Envelope e = text != null
                    ? new Envelope(agentId, settings.unit(), settings.host(), settings.name(), format, source, offset,
                            readAt, text, originalBytes, flags)
                    : Envelope.ofUtf8(agentId, settings.unit(), settings.host(), settings.name(), format, source,
                            offset, readAt, utf8, originalBytes, flags);
            sink.accept(e);
            counters.accepted(e);
        }
    }

    /** A cheap test (no parse): JSON lines hold one object each. */
    static boolean looksLikeJsonObject(String text) {
        String t = text.strip();
        return t.length() >= 2 && t.charAt(0) == '{' && t.charAt(t.length() - 1) == '}';
    }

    /** The same test on UTF-8 bytes (white space: ASCII only, as JSON's own). */
    static boolean looksLikeJsonObject(byte[] utf8) {
        int from = 0;
        int to = utf8.length;
        while (from < to && utf8[from] <= ' ' && utf8[from] >= 0) {
            from++;
        }
        while (to > from && utf8[to - 1] <= ' ' && utf8[to - 1] >= 0) {
            to--;
        }
        return to - from >= 2 && utf8[from] == '{' && utf8[to - 1] == '}';
    }
}
