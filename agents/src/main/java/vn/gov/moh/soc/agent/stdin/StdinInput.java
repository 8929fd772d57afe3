package vn.gov.moh.soc.agent.stdin;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import vn.gov.moh.soc.agent.config.AgentConfig;
import vn.gov.moh.soc.agent.line.LineSplitter;
import vn.gov.moh.soc.agent.line.LineDecoding;
import vn.gov.moh.soc.agent.pipeline.Input;
import vn.gov.moh.soc.agent.pipeline.InputCounters;
import vn.gov.moh.soc.agent.pipeline.Sink;
import vn.gov.moh.soc.core.envelope.Envelope;

/**
 * Reads lines from a stream (standard input) until it ends. Record offsets are
 * {@code <start time in ms>.<byte offset>}: unique, but a pipe cannot be resumed after a restart.
 */
public final class StdinInput implements Input {
    private final AgentConfig.StdinInput settings;
    private final String agentId;
    private final InputStream in;
    private final InputCounters counters = new InputCounters();
    private final CountDownLatch finished = new CountDownLatch(1);
    private final long startMillis = System.currentTimeMillis();
    private Thread thread;

    public StdinInput(AgentConfig.StdinInput settings, String agentId, InputStream in) {
        this.settings = settings;
        this.agentId = agentId;
        this.in = in;
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
    public void start(Sink sink) {
        thread = new Thread(() -> read(sink), "soc-agent-stdin-" + settings.name());
        thread.setDaemon(true); // a blocked read of stdin must not keep the agent alive
        thread.start();
    }

    private void read(Sink sink) {
        LineSplitter splitter = new LineSplitter(settings.maxLineBytes(), 0);
        LineSplitter.Handler handler = (buf, length, start, end, originalBytes, cut) -> {
            LineDecoding.Decoded d = LineDecoding.decode(buf, 0, length, settings.maxLineBytes(), originalBytes);
            Envelope e = new Envelope(agentId, settings.unit(), settings.host(), settings.name(), settings.format(), "stdin",
                    startMillis + "." + start, Instant.now(), d.text(), originalBytes, d.flags()).withDrill(settings.drill());
            sink.accept(e);
            counters.accepted(e);
        };
        byte[] buf = new byte[64 * 1024];
        try {
            int n;
            while ((n = in.read(buf)) > 0) {
                splitter.feed(buf, 0, n, handler);
            }
            splitter.finish(handler);
        } catch (IOException e) {
            counters.error();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            finished.countDown();
        }
    }

    /** Waits until the stream has ended and every line of it is in the sink. */
    public void awaitEnd() throws InterruptedException {
        finished.await();
    }

    /** Nothing to release: the reading thread is a daemon (it is not interrupted, see {@link Sink}). */
    @Override
    public void close() {
    }
}
