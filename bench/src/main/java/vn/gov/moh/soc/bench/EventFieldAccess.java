package vn.gov.moh.soc.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import vn.gov.moh.soc.core.event.Event;
import vn.gov.moh.soc.core.event.EventJson;

/**
 * Why events are flat maps: reading the fields rules read most, by dotted name, from our
 * {@link Event} against walking a Jackson tree of the same nested ECS document.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class EventFieldAccess {
    private static final List<String> FIELDS = List.of("process.executable", "process.command_line",
            "process.parent.executable", "winlog.event_id", "winlog.event_data.OriginalFileName", "user.name");
    private static final String[][] PATHS = FIELDS.stream().map(f -> f.split("\\.")).toArray(String[][]::new);

    private Event event;
    private JsonNode tree;

    @Setup
    public void setUp() throws Exception {
        Event windows = Corpus.windows(Corpus.sharedData()).get(0);
        byte[] json = EventJson.write(windows);
        event = EventJson.read(json);
        tree = new ObjectMapper().readTree(json);
    }

    @Benchmark
    public void flatMap(Blackhole bh) {
        for (String f : FIELDS) {
            bh.consume(event.get(f));
        }
    }

    @Benchmark
    public void jacksonTree(Blackhole bh) {
        for (String[] path : PATHS) {
            JsonNode node = tree;
            for (String part : path) {
                node = node.path(part);
            }
            bh.consume(node);
        }
    }
}
