package vn.gov.moh.soc.agent.syslog;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import vn.gov.moh.soc.agent.pipeline.Sink;
import vn.gov.moh.soc.core.envelope.Envelope;

/** A sink that keeps every envelope, for tests; thread-safe. */
final class CollectingSink implements Sink {
    private final List<Envelope> envelopes = new CopyOnWriteArrayList<>();

    @Override
    public void accept(Envelope envelope) {
        envelopes.add(envelope);
    }

    List<Envelope> envelopes() {
        return List.copyOf(envelopes);
    }

    int size() {
        return envelopes.size();
    }

    List<String> lines() {
        return envelopes.stream().map(Envelope::line).toList();
    }
}
