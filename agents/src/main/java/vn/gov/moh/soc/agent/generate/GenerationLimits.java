package vn.gov.moh.soc.agent.generate;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * When generation stops: after a number of lines, about a number of bytes, a span of generated
 * time, or when asked to; whichever comes first. Zero means no limit.
 *
 * @param maxLines    lines (scenario lines included), 0 for no limit
 * @param maxBytes    bytes of text (UTF-16 characters plus line breaks, close to the UTF-8 size), 0 for no limit
 * @param maxDuration span of generated time, zero for no limit
 * @param stop        polled before each line; true stops
 */
public record GenerationLimits(long maxLines, long maxBytes, Duration maxDuration, BooleanSupplier stop) {
    public GenerationLimits {
        if (maxLines < 0 || maxBytes < 0 || maxDuration.isNegative()) {
            throw new IllegalArgumentException("limits must not be negative");
        }
    }

    /** No limit at all: runs until {@code stop} says so. */
    public static GenerationLimits until(BooleanSupplier stop) {
        return new GenerationLimits(0, 0, Duration.ZERO, stop);
    }

    /** Exactly this many lines. */
    public static GenerationLimits lines(long count) {
        return new GenerationLimits(count, 0, Duration.ZERO, () -> false);
    }

    /** Everything within this span of generated time. */
    public static GenerationLimits span(Duration duration) {
        return new GenerationLimits(0, 0, duration, () -> false);
    }

    public GenerationLimits withLines(long count) {
        return new GenerationLimits(count, maxBytes, maxDuration, stop);
    }

    public GenerationLimits withBytes(long bytes) {
        return new GenerationLimits(maxLines, bytes, maxDuration, stop);
    }

    public GenerationLimits withDuration(Duration duration) {
        return new GenerationLimits(maxLines, maxBytes, duration, stop);
    }
}
