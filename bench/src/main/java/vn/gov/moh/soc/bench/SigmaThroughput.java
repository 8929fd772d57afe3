package vn.gov.moh.soc.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import vn.gov.moh.soc.core.event.Event;
import vn.gov.moh.soc.core.sigma.RuleLibrary;
import vn.gov.moh.soc.core.sigma.eval.RuleSet;

/**
 * Events per second on one thread (so per core) with every SigmaHQ rule and our own rules loaded,
 * on a mixed corpus of 6,000 events (a third each of Windows, sshd and web). {@code indexed} is
 * the engine as it runs; {@code everyCandidate} evaluates every rule of the event's log source
 * without the literal index, the straightforward evaluator to compare with in the same run.
 * Each event is a fresh copy, so no per-event cache carries over between iterations.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SigmaThroughput {
    static final int CORPUS = 6000;

    private RuleSet rules;
    private List<Event> corpus;

    @Setup(Level.Trial)
    public void setUp() {
        Path shared = Corpus.sharedData();
        Path sigma = shared.resolve("sigma");
        RuleLibrary library = RuleLibrary.load(List.of(sigma.resolve("rules"), sigma.resolve("rules-emerging-threats"),
                sigma.resolve("rules-threat-hunting"), Path.of(System.getProperty("soc.rules.dir", "rules"))));
        rules = library.ruleSet();
        List<Event> windows = Corpus.windows(shared);
        List<Event> ssh = Corpus.ssh(shared);
        List<Event> web = Corpus.web(CORPUS / 3);
        corpus = new ArrayList<>(CORPUS);
        for (int i = 0; corpus.size() < CORPUS; i++) {
            corpus.add(windows.get(i % windows.size()));
            corpus.add(ssh.get(i % ssh.size()));
            corpus.add(web.get(i % web.size()));
        }
        System.out.printf("%n%d rules loaded (%d rejected); corpus of %d events%n", rules.size(),
                library.rejected().size(), corpus.size());
    }

    private static Event fresh(Event template) {
        return new Event(new HashMap<>(template.fields()), template.logSource());
    }

    @Benchmark
    @OperationsPerInvocation(CORPUS)
    public void indexed(Blackhole bh) {
        for (Event e : corpus) {
            bh.consume(rules.match(fresh(e)));
        }
    }

    @Benchmark
    @OperationsPerInvocation(CORPUS)
    public void everyCandidate(Blackhole bh) {
        for (Event e : corpus) {
            bh.consume(rules.matchEveryCandidate(fresh(e)));
        }
    }

    @Benchmark
    @OperationsPerInvocation(CORPUS)
    public void copyOnly(Blackhole bh) {
        for (Event e : corpus) {
            bh.consume(fresh(e));
        }
    }
}
