package vn.gov.moh.soc.jobs.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.common.eventtime.WatermarkOutput;
import org.junit.jupiter.api.Test;
import vn.gov.moh.soc.jobs.record.EventRecord;

class PerSourceWatermarksTest {
    private final AtomicLong wall = new AtomicLong(1_000_000);
    private final PerSourceWatermarks generator = new PerSourceWatermarks(Duration.ofSeconds(10), Duration.ofMinutes(1),
            Duration.ofSeconds(5), wall::get);
    private final List<Long> emitted = new ArrayList<>();
    private boolean idle;
    private final WatermarkOutput output = new WatermarkOutput() {
        @Override
        public void emitWatermark(Watermark watermark) {
            emitted.add(watermark.getTimestamp());
            idle = false;
        }

        @Override
        public void markIdle() {
            idle = true;
        }

        @Override
        public void markActive() {
            idle = false;
        }
    };

    private void event(String host, long time) {
        generator.onEvent(new EventRecord("id", time, host, new byte[0]), time, output);
    }

    private Long last() {
        return emitted.isEmpty() ? null : emitted.get(emitted.size() - 1);
    }

    @Test
    void theWatermarkIsTheSlowestSourceLessTheOutOfOrderness() {
        event("a", 100_000);
        event("b", 50_000);
        generator.onPeriodicEmit(output);

        assertThat(last()).isEqualTo(50_000 - 10_000 - 1);
    }

    @Test
    void disorderWithinASourceDoesNotMoveItBack() {
        event("a", 100_000);
        event("a", 95_000);
        generator.onPeriodicEmit(output);

        assertThat(last()).isEqualTo(100_000 - 10_000 - 1);
    }

    @Test
    void aSilentSourceStopsHoldingTheWatermarkBackAfterTheIdleness() {
        event("a", 100_000);
        event("b", 50_000);
        generator.onPeriodicEmit(output);
        wall.addAndGet(Duration.ofSeconds(61).toMillis());
        event("a", 200_000);
        generator.onPeriodicEmit(output);

        assertThat(last()).isEqualTo(200_000 - 10_000 - 1);
        assertThat(generator.activeSources()).isEqualTo(1);
    }

    @Test
    void watermarksNeverGoBackWhenAnOlderSourceAppears() {
        event("a", 100_000);
        generator.onPeriodicEmit(output);
        event("late-host", 10_000);
        generator.onPeriodicEmit(output);

        assertThat(emitted).containsExactly(100_000L - 10_000 - 1);
    }

    @Test
    void withNoActiveSourceTheOutputIsIdle() {
        generator.onPeriodicEmit(output);
        assertThat(idle).isTrue();

        event("a", 100_000);
        generator.onPeriodicEmit(output);
        assertThat(idle).isFalse();
        wall.addAndGet(Duration.ofMinutes(2).toMillis());
        generator.onPeriodicEmit(output);
        assertThat(idle).isTrue();
    }

    @Test
    void aQuietInputMovesTheWatermarkToTheNewestEventTimeAfterTheQuietFlush() {
        event("a", 100_000);
        event("b", 50_000);
        generator.onPeriodicEmit(output);
        assertThat(last()).isEqualTo(50_000 - 10_000 - 1);

        wall.addAndGet(4_999);
        generator.onPeriodicEmit(output);
        assertThat(last()).as("still within the quiet flush").isEqualTo(50_000 - 10_000 - 1);

        wall.addAndGet(1);
        generator.onPeriodicEmit(output);
        assertThat(last()).as("newest time of any source, out-of-orderness spent").isEqualTo(100_000);
        assertThat(idle).as("a quiet subtask no longer holds back the others").isTrue();
        int count = emitted.size();
        wall.addAndGet(1_000);
        generator.onPeriodicEmit(output);
        assertThat(emitted).as("emitted once").hasSize(count);
    }

    @Test
    void afterAQuietFlushEventsGoOnWithoutMovingTheWatermarkBack() {
        event("a", 100_000);
        wall.addAndGet(6_000);
        generator.onPeriodicEmit(output);
        assertThat(last()).isEqualTo(100_000);

        event("a", 95_000);
        event("a", 104_000);
        generator.onPeriodicEmit(output);
        assertThat(last()).as("104 s less the out-of-orderness is behind the flushed watermark").isEqualTo(100_000);
        assertThat(idle).as("its events hold the others back again").isFalse();
        event("a", 120_000);
        generator.onPeriodicEmit(output);
        assertThat(last()).isEqualTo(120_000 - 10_000 - 1);
    }

    @Test
    void aSteadyStreamIsNeverFlushed() {
        for (int i = 0; i < 20; i++) {
            event("a", 100_000 + i * 1_000);
            wall.addAndGet(1_000);
            generator.onPeriodicEmit(output);
        }
        assertThat(last()).isEqualTo(119_000 - 10_000 - 1);
    }

    @Test
    void theFlushComesBeforeTheIdleMarkWhenTheIdlenessIsShorter() {
        PerSourceWatermarks shortIdle = new PerSourceWatermarks(Duration.ofSeconds(10), Duration.ofSeconds(2),
                Duration.ofSeconds(5), wall::get);
        shortIdle.onEvent(new EventRecord("id", 100_000, "a", new byte[0]), 100_000, output);
        wall.addAndGet(6_000);
        shortIdle.onPeriodicEmit(output);
        assertThat(last()).isEqualTo(100_000);
        assertThat(idle).isTrue();
    }
}
