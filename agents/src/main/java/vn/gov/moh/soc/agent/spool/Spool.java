package vn.gov.moh.soc.agent.spool;

import java.io.Closeable;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

/**
 * An append-only queue of Kafka records on disk, in segment files named by the sequence of their
 * first record ({@code 00000000000000000042.seg}). A record is framed as its length, a CRC-32C
 * of its content, the key's length, the key and the value; a torn record at the end of the last
 * segment (a crash in the middle of a write) is cut off when the spool is opened.
 *
 * <p>Writers {@link #append} (several input threads; appends are serialized), one reader (the
 * sender) {@link #poll}s records in order and {@link #ack}nowledges the position up to which
 * Kafka has them; acknowledged segments are deleted and the acknowledged position is kept in
 * the file {@code cursor}, so a restarted agent sends from there. Bytes appended and not yet
 * acknowledged are bounded by {@code maxBytes}: when the spool is full, {@code append} waits
 * until a tenth of it is free again.
 *
 * <p>{@link #flush} makes appended records visible to the reader; {@link #sync} also forces them
 * to the disk, after which the inputs may save their read positions.
 */
public final class Spool implements Closeable {
    private static final System.Logger LOG = System.getLogger(Spool.class.getName());
    private static final String SUFFIX = ".seg";
    private static final int HEADER = 8;
    private static final int BUFFER = 256 * 1024;
    /** The largest record accepted: far above the agent's largest line. */
    public static final int MAX_RECORD = 64 * 1024 * 1024;

    private final Path dir;
    private final long maxBytes;
    private final long segmentBytes;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition space = lock.newCondition();
    private final Condition data = lock.newCondition();
    /** Sizes of the segments no longer written to, by first sequence. */
    private final TreeMap<Long, Long> closedSegments = new TreeMap<>();

    // Writer state (under lock).
    /**
     * Segment files are written and read through {@link RandomAccessFile}, not file channels: an
     * interrupt of a thread inside a channel operation closes the channel, and inputs' threads
     * may be interrupted while they append.
     */
    private RandomAccessFile out;
    private long outSegment;
    private long outOffset; // bytes written to the channel
    private final ByteBuffer buffer = ByteBuffer.allocate(BUFFER);
    private long nextSequence;
    private long flushedOffset;
    private long flushedSequence;
    private boolean full;
    private boolean closed;
    /** Set by {@link #stopWaiting}: appends that find the spool full fail instead of waiting. */
    private boolean stopping;

    // Acknowledged position and bytes pending (under lock).
    private SpoolRecord.Position acked;
    private long pendingBytes;
    private boolean cursorDirty;

    // Reader state (reader thread only).
    private SpoolRecord.Position read;
    private RandomAccessFile in;
    private long inSegment = -1;
    private ByteBuffer readBuffer = ByteBuffer.allocate(BUFFER);
    private byte[] lastKey;

    /** Checksums of the writer (under the lock) and of the reader (its own thread): never shared. */
    private final CRC32C crc = new CRC32C();
    private final CRC32C readCrc = new CRC32C();

    private Spool(Path dir, long maxBytes, long segmentBytes) {
        this.dir = dir;
        this.maxBytes = maxBytes;
        this.segmentBytes = segmentBytes;
    }

    /**
     * Opens (or creates) the spool in a directory, recovering its state after a crash.
     *
     * @param maxBytes most bytes appended and not yet acknowledged
     * @param segmentBytes size at which a new segment file is started
     */
    public static Spool open(Path dir, long maxBytes, long segmentBytes) {
        if (maxBytes < 1024 * 1024) {
            throw new IllegalArgumentException("spool max size must be at least 1 MiB, not " + maxBytes);
        }
        if (segmentBytes < 64 * 1024 || segmentBytes > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("spool segment size must be between 64 KiB and 2 GiB, not " + segmentBytes);
        }
        Spool spool = new Spool(dir, maxBytes, segmentBytes);
        try {
            Files.createDirectories(dir);
            spool.recover();
        } catch (IOException e) {
            throw new SpoolException("cannot open the spool in " + dir + ": " + e.getMessage(), e);
        }
        return spool;
    }

    private void recover() throws IOException {
        List<Long> segments = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.matches("\\d{20}\\" + SUFFIX))
                    .map(n -> Long.parseLong(n.substring(0, 20))).sorted().forEach(segments::add);
        }
        SpoolRecord.Position cursor = readCursor();
        if (segments.isEmpty()) {
            long start = cursor == null ? 0 : cursor.sequence();
            acked = new SpoolRecord.Position(start, 0, start);
            startSegment(start);
        } else {
            if (cursor == null || cursor.segment() < segments.get(0)) {
                cursor = new SpoolRecord.Position(segments.get(0), 0, segments.get(0));
            }
            acked = cursor;
            for (long s : segments) {
                if (s < cursor.segment()) {
                    Files.deleteIfExists(segmentPath(s)); // acknowledged before the crash, not yet deleted
                }
            }
            segments.removeIf(s -> s < acked.segment());
            long last = segments.get(segments.size() - 1);
            for (long s : segments) {
                if (s != last) {
                    closedSegments.put(s, Files.size(segmentPath(s)));
                }
            }
            // The last segment: keep its whole records, cut a torn one off the end.
            long[] end = scanValid(last);
            try (FileChannel ch = FileChannel.open(segmentPath(last), StandardOpenOption.WRITE)) {
                if (ch.size() > end[0]) {
                    LOG.log(System.Logger.Level.WARNING, "spool segment {0}: cutting {1} bytes of a torn record",
                            segmentPath(last), ch.size() - end[0]);
                    ch.truncate(end[0]);
                    ch.force(true);
                }
            }
            out = new RandomAccessFile(segmentPath(last).toFile(), "rw");
            out.seek(end[0]);
            outSegment = last;
            outOffset = end[0];
            nextSequence = end[1];
            flushedOffset = outOffset;
            flushedSequence = nextSequence;
            pendingBytes = bytesBetween(acked, outSegment, outOffset);
        }
        read = acked;
    }

    /** Offset just past the last whole record of a segment, and the sequence after it. */
    private long[] scanValid(long segment) throws IOException {
        try (FileChannel ch = FileChannel.open(segmentPath(segment), StandardOpenOption.READ)) {
            long offset = 0;
            long sequence = segment;
            long size = ch.size();
            ByteBuffer header = ByteBuffer.allocate(HEADER);
            while (offset + HEADER <= size) {
                header.clear();
                readFully(ch, header, offset);
                int length = header.getInt(0);
                int checksum = header.getInt(4);
                if (length < 2 || length > MAX_RECORD || offset + HEADER + length > size) {
                    break;
                }
                ByteBuffer body = ByteBuffer.allocate(length);
                readFully(ch, body, offset + HEADER);
                crc.reset();
                crc.update(body.array(), 0, length);
                if ((int) crc.getValue() != checksum) {
                    break;
                }
                offset += HEADER + length;
                sequence++;
            }
            return new long[] {offset, sequence};
        }
    }

    private static void readFully(FileChannel ch, ByteBuffer buf, long position) throws IOException {
        while (buf.hasRemaining()) {
            if (ch.read(buf, position + buf.position()) < 0) {
                throw new IOException("unexpected end of spool segment");
            }
        }
    }

    private long bytesBetween(SpoolRecord.Position from, long segment, long offset) {
        if (from.segment() == segment) {
            return offset - from.offset();
        }
        long total = -from.offset();
        for (Map.Entry<Long, Long> e : closedSegments.tailMap(from.segment(), true).entrySet()) {
            if (e.getKey() < segment) {
                total += e.getValue();
            }
        }
        return total + offset;
    }

    private Path segmentPath(long firstSequence) {
        return dir.resolve(String.format("%020d%s", firstSequence, SUFFIX));
    }

    private void startSegment(long firstSequence) throws IOException {
        out = new RandomAccessFile(segmentPath(firstSequence).toFile(), "rw");
        out.setLength(0);
        outSegment = firstSequence;
        outOffset = 0;
        nextSequence = firstSequence;
        flushedOffset = 0;
        flushedSequence = firstSequence;
        forceDirectory();
    }

    private void forceDirectory() {
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException e) {
            // Some file systems cannot sync a directory; the rename/creation is still ordered by the journal.
        }
    }

    /**
     * Appends a record, waiting while the spool is full.
     *
     * @return the record's sequence
     * @throws InterruptedException if interrupted while waiting for space
     */
    public long append(byte[] key, byte[] value) throws InterruptedException {
        return append(key, value, 0, value.length);
    }

    /**
     * Appends a record whose value is {@code value[offset, offset + count)}, waiting while the
     * spool is full. The bytes are copied before this returns: the caller may reuse the array.
     *
     * @return the record's sequence
     * @throws InterruptedException if interrupted while waiting for space
     */
    public long append(byte[] key, byte[] value, int offset, int count) throws InterruptedException {
        java.util.Objects.checkFromIndexSize(offset, count, value.length);
        int length = 2 + key.length + count;
        if (key.length > 0xFFFF || length > MAX_RECORD) {
            throw new IllegalArgumentException("record of " + length + " bytes is larger than the spool accepts");
        }
        lock.lockInterruptibly();
        try {
            // Once full, appends wait until a tenth of the spool is free again: a run of records
            // at a time, not one record per acknowledgement (nor a log line each).
            while (!closed && pendingBytes > 0
                    && (pendingBytes + HEADER + length > maxBytes || (full && pendingBytes > maxBytes - maxBytes / 10))) {
                if (stopping) {
                    throw new SpoolFullException("the spool " + dir + " is full and the agent is stopping: the record"
                            + " was not taken (its input reads it again at the next start)");
                }
                if (!full) {
                    full = true;
                    LOG.log(System.Logger.Level.WARNING, "spool {0} is full ({1} bytes not yet in Kafka): inputs wait",
                            dir, pendingBytes);
                }
                space.await(1, TimeUnit.SECONDS);
            }
            if (closed) {
                throw new SpoolException("the spool is closed");
            }
            if (full) {
                full = false;
                LOG.log(System.Logger.Level.INFO, "spool {0} has room again: inputs resume", dir);
            }
            if (outOffset + buffer.position() > 0 && outOffset + buffer.position() + HEADER + length > segmentBytes) {
                rollSegment();
            }
            crc.reset();
            crc.update((byte) (key.length >>> 8));
            crc.update((byte) key.length);
            crc.update(key);
            crc.update(value, offset, count);
            if (buffer.remaining() < HEADER + length) {
                writeBuffer();
            }
            if (buffer.remaining() >= HEADER + length) {
                buffer.putInt(length).putInt((int) crc.getValue()).putShort((short) key.length).put(key).put(value, offset, count);
            } else {
                ByteBuffer big = ByteBuffer.allocate(HEADER + length);
                big.putInt(length).putInt((int) crc.getValue()).putShort((short) key.length).put(key).put(value, offset, count);
                out.write(big.array(), 0, big.position());
                outOffset += big.position();
            }
            pendingBytes += HEADER + length;
            return nextSequence++;
        } catch (IOException e) {
            throw new SpoolException("cannot write to the spool in " + dir + ": " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }

    private void writeBuffer() throws IOException {
        if (buffer.position() > 0) {
            out.write(buffer.array(), 0, buffer.position());
            outOffset += buffer.position();
            buffer.clear();
        }
    }

    private void rollSegment() throws IOException {
        writeBuffer();
        out.getFD().sync();
        out.close();
        closedSegments.put(outSegment, outOffset);
        startSegment(nextSequence);
        data.signalAll();
    }

    /** Hands what was appended to the operating system, where the reader can see it. */
    public void flush() {
        lock.lock();
        try {
            if (closed) {
                return;
            }
            writeBuffer();
            if (flushedOffset != outOffset) {
                flushedOffset = outOffset;
                flushedSequence = nextSequence;
                data.signalAll();
            }
        } catch (IOException e) {
            throw new SpoolException("cannot write to the spool in " + dir + ": " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Forces everything appended so far to the disk: after this returns, the records survive a
     * crash of the agent or of the machine.
     */
    public void sync() {
        flush();
        RandomAccessFile file;
        long segment;
        lock.lock();
        try {
            if (closed) {
                return;
            }
            file = out;
            segment = outSegment;
        } finally {
            lock.unlock();
        }
        // Forced without the lock, so appends go on while the disk works. What was flushed
        // before is what must be durable; a segment rolled meanwhile was forced when it was closed.
        try {
            file.getFD().sync();
        } catch (IOException e) {
            lock.lock();
            try {
                if (outSegment == segment && !closed) {
                    throw new SpoolException("cannot sync the spool in " + dir + ": " + e.getMessage(), e);
                }
            } finally {
                lock.unlock();
            }
        }
    }

    /**
     * Reads up to {@code max} records after the last one read, waiting up to the timeout for one
     * to be flushed. Reader thread only.
     */
    public List<SpoolRecord> poll(int max, long timeoutMillis) throws InterruptedException {
        long limitSegment;
        long limitOffset;
        lock.lockInterruptibly();
        try {
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
            while (!closed && read.segment() == outSegment && read.offset() >= flushedOffset) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return List.of();
                }
                data.awaitNanos(left);
            }
            if (closed) {
                return List.of();
            }
            if (read.segment() != outSegment) {
                Long size = closedSegments.get(read.segment());
                if (size == null) {
                    throw new SpoolException("spool segment " + read.segment() + " is missing in " + dir);
                }
                if (read.offset() >= size) {
                    Long next = closedSegments.higherKey(read.segment());
                    long segment = next != null ? next : outSegment;
                    read = new SpoolRecord.Position(segment, 0, segment);
                    return List.of();
                }
                limitSegment = read.segment();
                limitOffset = size;
            } else {
                limitSegment = outSegment;
                limitOffset = flushedOffset;
            }
        } finally {
            lock.unlock();
        }
        try {
            return readRecords(limitSegment, limitOffset, max);
        } catch (IOException e) {
            throw new SpoolException("cannot read the spool in " + dir + ": " + e.getMessage(), e);
        }
    }

    private List<SpoolRecord> readRecords(long segment, long limit, int max) throws IOException {
        if (inSegment != segment) {
            if (in != null) {
                in.close();
            }
            in = new RandomAccessFile(segmentPath(segment).toFile(), "r");
            inSegment = segment;
        }
        List<SpoolRecord> records = new ArrayList<>(Math.min(max, 1024));
        long offset = read.offset();
        long sequence = read.sequence();
        fill(offset, limit);
        while (records.size() < max && offset < limit) {
            if (readBuffer.remaining() < HEADER || readBuffer.remaining() < HEADER + readBuffer.getInt(readBuffer.position())) {
                if (readBuffer.position() == 0) {
                    // A record larger than the buffer: grow it.
                    int length = readBuffer.remaining() >= 4 ? readBuffer.getInt(0) : 0;
                    readBuffer = ByteBuffer.allocate(Math.max(readBuffer.capacity() * 2, HEADER + length));
                }
                fill(offset, limit);
                if (readBuffer.remaining() < HEADER) {
                    break;
                }
                continue;
            }
            int length = readBuffer.getInt();
            int checksum = readBuffer.getInt();
            if (length < 2 || length > MAX_RECORD) {
                throw new SpoolException("corrupt spool segment " + segmentPath(segment) + " at offset " + offset);
            }
            int keyLength = readBuffer.getShort() & 0xFFFF;
            byte[] key = sameKey(keyLength);
            if (key == null) {
                key = new byte[keyLength];
                readBuffer.get(key);
                lastKey = key;
            }
            byte[] value = new byte[length - 2 - keyLength];
            readBuffer.get(value);
            readCrc.reset();
            readCrc.update((byte) (keyLength >>> 8));
            readCrc.update((byte) keyLength);
            readCrc.update(key);
            readCrc.update(value);
            if ((int) readCrc.getValue() != checksum) {
                throw new SpoolException("checksum mismatch in spool segment " + segmentPath(segment) + " at offset " + offset);
            }
            offset += HEADER + length;
            records.add(new SpoolRecord(sequence, key, value, new SpoolRecord.Position(segment, offset, sequence + 1)));
            sequence++;
        }
        if (!records.isEmpty()) {
            read = records.get(records.size() - 1).end();
        }
        return records;
    }

    /**
     * The key read before when the record's key (at the read buffer's position) has the same
     * bytes, skipping them: records of one host share one array. Else null, the buffer unmoved.
     */
    private byte[] sameKey(int keyLength) {
        byte[] last = lastKey;
        int at = readBuffer.position();
        if (last == null || last.length != keyLength
                || !Arrays.equals(readBuffer.array(), at, at + keyLength, last, 0, keyLength)) {
            return null;
        }
        readBuffer.position(at + keyLength);
        return last;
    }

    /** Reads the segment from {@code offset} (up to {@code limit}) into the read buffer, ready to get from. */
    private void fill(long offset, long limit) throws IOException {
        int n = (int) Math.min(readBuffer.capacity(), limit - offset);
        in.seek(offset);
        in.readFully(readBuffer.array(), 0, n);
        readBuffer.clear();
        readBuffer.limit(n);
    }

    /**
     * Records that everything up to the position is in Kafka: frees its space, deletes finished
     * segments. Positions must be acknowledged in order.
     */
    public void ack(SpoolRecord.Position position) {
        lock.lock();
        try {
            if (position.sequence() <= acked.sequence()) {
                return;
            }
            pendingBytes -= bytesBetween(acked, position.segment(), position.offset());
            for (Long s : new ArrayList<>(closedSegments.headMap(position.segment()).keySet())) {
                closedSegments.remove(s);
                Files.deleteIfExists(segmentPath(s));
            }
            acked = position;
            cursorDirty = true;
            space.signalAll();
        } catch (IOException e) {
            throw new SpoolException("cannot delete a sent spool segment in " + dir + ": " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }

    /** Makes the reader start again after the last acknowledged record (after a failed send). */
    public void rewind() {
        lock.lock();
        try {
            read = acked;
        } finally {
            lock.unlock();
        }
    }

    /** Saves the acknowledged position, so a restarted agent sends from there. */
    public void saveCursor() {
        SpoolRecord.Position position;
        lock.lock();
        try {
            if (!cursorDirty) {
                return;
            }
            position = acked;
            cursorDirty = false;
        } finally {
            lock.unlock();
        }
        Path tmp = dir.resolve("cursor.tmp");
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ch.write(ByteBuffer.wrap((position.segment() + " " + position.offset() + " " + position.sequence() + "\n")
                    .getBytes(StandardCharsets.US_ASCII)));
            ch.force(true);
        } catch (IOException e) {
            throw new SpoolException("cannot save the spool cursor in " + dir + ": " + e.getMessage(), e);
        }
        try {
            Files.move(tmp, dir.resolve("cursor"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SpoolRecord.Position readCursor() throws IOException {
        Path file = dir.resolve("cursor");
        if (!Files.exists(file)) {
            return null;
        }
        String[] parts = Files.readString(file, StandardCharsets.US_ASCII).trim().split(" ");
        try {
            return new SpoolRecord.Position(Long.parseLong(parts[0]), Long.parseLong(parts[1]), Long.parseLong(parts[2]));
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "spool cursor {0} is unreadable: sending the spool from its start", file);
            return null;
        }
    }

    /** Bytes appended and not yet acknowledged. */
    public long pendingBytes() {
        lock.lock();
        try {
            return pendingBytes;
        } finally {
            lock.unlock();
        }
    }

    /** Whether appends are waiting for space. */
    public boolean isFull() {
        lock.lock();
        try {
            return full;
        } finally {
            lock.unlock();
        }
    }

    /**
     * For a stop: from now on an append that finds the spool full fails at once with a
     * {@link SpoolFullException} (and one waiting for space does so now), so that inputs stop
     * promptly while Kafka is away; appends that fit still succeed.
     */
    public void stopWaiting() {
        lock.lock();
        try {
            stopping = true;
            space.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Syncs, saves the cursor and closes the files; waiting appends and polls return. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        sync();
        saveCursor();
        lock.lock();
        try {
            closed = true;
            out.close();
            if (in != null) {
                in.close();
            }
            space.signalAll();
            data.signalAll();
        } catch (IOException e) {
            throw new SpoolException("cannot close the spool in " + dir + ": " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }
}
