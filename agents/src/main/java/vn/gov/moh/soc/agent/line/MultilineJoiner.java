package vn.gov.moh.soc.agent.line;

import com.google.re2j.Pattern;
import java.util.EnumSet;
import java.util.Set;
import vn.gov.moh.soc.core.envelope.Flag;

/**
 * Joins physical lines into records (a Java stack trace under its first line, for instance):
 * either a record starts at each line matching a start pattern, or a line matching a
 * continuation pattern belongs to the record before it. A record is complete when the next one
 * starts, when it reaches its maximum number of lines or bytes, or when no line has come for the
 * timeout. Patterns are RE2 (linear time).
 */
public final class MultilineJoiner {
    /** A joined record: its text, where it started and ended, its size and whether a part was cut. */
    public record Joined(String text, long start, long end, long originalBytes, int lines, Set<Flag> flags) {
    }

    private final Pattern start;
    private final Pattern continuation;
    private final int maxLines;
    private final int maxBytes;
    private StringBuilder text;
    private long pendingStart;
    private long pendingEnd;
    private long originalBytes;
    private int lines;
    private final Set<Flag> flags = EnumSet.noneOf(Flag.class);
    private long lastLineNanos;

    /** Exactly one of the two patterns is given. */
    public MultilineJoiner(String startPattern, String continuationPattern, int maxLines, int maxBytes) {
        this.start = startPattern == null ? null : Pattern.compile(startPattern);
        this.continuation = continuationPattern == null ? null : Pattern.compile(continuationPattern);
        this.maxLines = maxLines;
        this.maxBytes = maxBytes;
    }

    /**
     * Offers a line; returns the record it completed (the one before it), or null.
     */
    public Joined offer(String line, long lineStart, long lineEnd, long lineBytes, Set<Flag> lineFlags) {
        lastLineNanos = System.nanoTime();
        boolean belongs = text != null && (start != null ? !start.matcher(line).find() : continuation.matcher(line).find());
        Joined done = null;
        if (belongs && lines < maxLines && text.length() + 1 + line.length() <= maxBytes) {
            text.append('\n').append(line);
            lines++;
        } else {
            if (belongs) {
                flags.add(Flag.TRUNCATED); // over the limits: the rest begins a record of its own
            }
            done = take();
            text = new StringBuilder(line);
            pendingStart = lineStart;
            originalBytes = 0;
            lines = 1;
        }
        pendingEnd = lineEnd;
        originalBytes += lineBytes + (lines > 1 ? 1 : 0);
        flags.addAll(lineFlags);
        return done;
    }

    /** The pending record if no line came for the timeout, else null. */
    public Joined expire(long timeoutNanos) {
        return text != null && System.nanoTime() - lastLineNanos >= timeoutNanos ? take() : null;
    }

    /** The pending record, now (end of input), or null. */
    public Joined take() {
        if (text == null) {
            return null;
        }
        Set<Flag> all = EnumSet.copyOf(flags);
        if (lines > 1) {
            all.add(Flag.MULTILINE);
        }
        Joined j = new Joined(text.toString(), pendingStart, pendingEnd, originalBytes, lines, all);
        text = null;
        flags.clear();
        return j;
    }

    /** Where the pending record started (a restart must read again from there), or -1 if none. */
    public long pendingStart() {
        return text == null ? -1 : pendingStart;
    }
}
