package vn.gov.moh.soc.agent.generate;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where generated lines are written: one file per stream per unit ({@code DIR/<unit>/auth.log},
 * ...; appended to, created if missing) or one stream with everything interleaved.
 */
final class LineOutput implements LineSink, Closeable {
    private static final int FILE_BUFFER = 1 << 16;

    private final Map<HospitalUnit, Utf8LineWriter[]> files;
    private final Utf8LineWriter single;

    private LineOutput(Map<HospitalUnit, Utf8LineWriter[]> files, Utf8LineWriter single) {
        this.files = files;
        this.single = single;
    }

    /** Opens (creating folders and files) every stream file of every unit under the folder. */
    static LineOutput directory(Path dir, List<HospitalUnit> units) throws IOException {
        Map<HospitalUnit, Utf8LineWriter[]> files = new IdentityHashMap<>();
        try {
            for (HospitalUnit u : units) {
                Path unitDir = Files.createDirectories(dir.resolve(u.code()));
                TelemetryStream[] streams = TelemetryStream.values();
                Utf8LineWriter[] writers = new Utf8LineWriter[streams.length];
                files.put(u, writers);
                for (TelemetryStream s : streams) {
                    OutputStream out = Files.newOutputStream(unitDir.resolve(s.fileName()), StandardOpenOption.CREATE,
                            StandardOpenOption.APPEND, StandardOpenOption.WRITE);
                    writers[s.ordinal()] = new Utf8LineWriter(out, FILE_BUFFER, true);
                }
            }
        } catch (IOException | RuntimeException e) {
            new LineOutput(files, null).close();
            throw e;
        }
        return new LineOutput(files, null);
    }

    /** Everything interleaved on one stream, which {@link #close} flushes but leaves open. */
    static LineOutput stream(OutputStream out) {
        return new LineOutput(Map.of(), new Utf8LineWriter(out, FILE_BUFFER * 4, false));
    }

    @Override
    public void accept(HospitalUnit unit, TelemetryStream stream, long nanos, CharSequence line) throws IOException {
        if (single != null) {
            single.writeLine(line);
        } else {
            files.get(unit)[stream.ordinal()].writeLine(line);
        }
    }

    /** Hands every buffered line to the operating system, so that a tailing reader sees it. */
    void flush() throws IOException {
        if (single != null) {
            single.flush();
        }
        for (Utf8LineWriter[] writers : files.values()) {
            for (Utf8LineWriter w : writers) {
                if (w != null) {
                    w.flush();
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        IOException failure = null;
        if (single != null) {
            single.close();
        }
        for (Utf8LineWriter[] writers : files.values()) {
            for (Utf8LineWriter w : writers) {
                if (w == null) {
                    continue;
                }
                try {
                    w.close();
                } catch (IOException e) {
                    if (failure == null) {
                        failure = e;
                    } else {
                        failure.addSuppressed(e);
                    }
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
