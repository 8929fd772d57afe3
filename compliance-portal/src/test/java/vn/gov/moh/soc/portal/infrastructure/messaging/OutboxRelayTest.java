package vn.gov.moh.soc.portal.infrastructure.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import vn.gov.moh.soc.core.naming.Topic;

/** The relay over an outbox in memory and a sender that fails where a test says. */
class OutboxRelayTest {
    /** Rows by id, in insertion (= id) order; sent ones removed from pending. */
    static final class MemoryStore implements OutboxStore {
        final Map<Long, OutboxRecord> rows = new LinkedHashMap<>();
        final List<Long> sent = new ArrayList<>();
        final Map<Long, Integer> attempts = new HashMap<>();
        final Map<Long, String> errors = new HashMap<>();

        void add(long id, String key, String value) {
            rows.put(id, new OutboxRecord(id, Topic.ASSETS, key, value == null ? null : value.getBytes(StandardCharsets.UTF_8)));
        }

        @Override
        public List<OutboxRecord> pending(int max) {
            return rows.values().stream().filter(r -> !sent.contains(r.id())).limit(max).toList();
        }

        @Override
        public void markSent(List<Long> ids) {
            sent.addAll(ids);
            ids.forEach(errors::remove);
        }

        @Override
        public void markFailed(long id, String error) {
            attempts.merge(id, 1, Integer::sum);
            errors.put(id, error);
        }
    }

    /** Keeps what reached the "broker"; rows listed in failing fail (asynchronously or on send). */
    static final class Broker implements RecordSender {
        final List<String> log = new ArrayList<>();
        final List<Long> failing = new ArrayList<>();
        final List<Long> refusedOnSend = new ArrayList<>();
        final List<Long> neverAnswered = new ArrayList<>();
        int flushes;

        @Override
        public Future<?> send(OutboxRecord r) {
            if (refusedOnSend.contains(r.id())) {
                throw new IllegalStateException("producer closed");
            }
            if (failing.contains(r.id())) {
                return CompletableFuture.failedFuture(new RuntimeException("NOT_ENOUGH_REPLICAS"));
            }
            if (neverAnswered.contains(r.id())) {
                return new CompletableFuture<>();
            }
            log.add(r.key() + "=" + (r.value() == null ? "<tombstone>" : new String(r.value(), StandardCharsets.UTF_8)));
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void flush() {
            flushes++;
        }
    }

    private final MemoryStore store = new MemoryStore();
    private final Broker broker = new Broker();
    private final OutboxRelay relay = new OutboxRelay(store, broker, Duration.ofMillis(200));

    @Test
    void sendsPendingRowsInOrderAndMarksThemSent() {
        store.add(50, "system-1", "{v1}");
        store.add(51, "system-2", null);
        store.add(52, "system-1", "{v2}");

        OutboxRelay.Round round = relay.drain(10);

        assertThat(round).isEqualTo(new OutboxRelay.Round(3, null));
        assertThat(broker.log).containsExactly("system-1={v1}", "system-2=<tombstone>", "system-1={v2}");
        assertThat(store.sent).containsExactly(50L, 51L, 52L);
        assertThat(broker.flushes).isEqualTo(1);
        assertThat(relay.drain(10)).isEqualTo(new OutboxRelay.Round(0, null));
        assertThat(broker.log).hasSize(3);
    }

    @Test
    void sendsAtMostABatch() {
        store.add(50, "a", "1");
        store.add(51, "b", "2");
        store.add(52, "c", "3");

        assertThat(relay.drain(2).sent()).isEqualTo(2);
        assertThat(store.sent).containsExactly(50L, 51L);
        assertThat(relay.drain(2).sent()).isEqualTo(1);
        assertThat(store.sent).containsExactly(50L, 51L, 52L);
    }

    @Test
    void aFailedRowStopsTheMarkingAndTheNextRoundResendsFromItSoTheNewestValueOfAKeyLandsLast() {
        store.add(50, "system-1", "{v1}");
        store.add(51, "system-2", "{a}");
        store.add(52, "system-2", "{b}");
        broker.failing.add(51L);

        OutboxRelay.Round failed = relay.drain(10);

        assertThat(failed.sent()).isEqualTo(1);
        assertThat(failed.error()).contains("soc.assets key system-2").contains("NOT_ENOUGH_REPLICAS");
        assertThat(store.sent).containsExactly(50L);
        assertThat(store.attempts).containsEntry(51L, 1);
        assertThat(store.errors.get(51L)).contains("NOT_ENOUGH_REPLICAS");
        // 52 reached the broker but is not marked: marking it would let {a}, resent later, replace {b}.
        assertThat(broker.log).containsExactly("system-1={v1}", "system-2={b}");

        broker.failing.clear();
        OutboxRelay.Round retried = relay.drain(10);

        assertThat(retried).isEqualTo(new OutboxRelay.Round(2, null));
        assertThat(broker.log).containsExactly("system-1={v1}", "system-2={b}", "system-2={a}", "system-2={b}");
        assertThat(store.sent).containsExactly(50L, 51L, 52L);
        assertThat(store.errors).doesNotContainKey(51L);
    }

    @Test
    void aRowTheProducerRefusesStopsTheRoundBeforeTheRowsAfterIt() {
        store.add(50, "a", "1");
        store.add(51, "b", "2");
        store.add(52, "c", "3");
        broker.refusedOnSend.add(51L);

        OutboxRelay.Round round = relay.drain(10);

        assertThat(round.sent()).isEqualTo(1);
        assertThat(round.error()).contains("key b").contains("producer closed");
        assertThat(broker.log).containsExactly("a=1");
        assertThat(store.sent).containsExactly(50L);
    }

    @Test
    void anUnansweredRowFailsTheRoundAfterTheTimeout() {
        store.add(50, "a", "1");
        broker.neverAnswered.add(50L);

        OutboxRelay.Round round = relay.drain(10);

        assertThat(round.sent()).isZero();
        assertThat(round.error()).contains("did not acknowledge");
        assertThat(store.sent).isEmpty();
        assertThat(store.attempts).containsEntry(50L, 1);
    }
}
