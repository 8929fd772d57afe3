package vn.gov.moh.soc.portal.infrastructure.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.gov.moh.soc.portal.domain.model.coverage.AgentHeartbeat;
import vn.gov.moh.soc.portal.infrastructure.coverage.HeartbeatReader.MalformedHeartbeatException;

/** The agents' heartbeat document read into a heartbeat, and what is refused with which reason. */
class HeartbeatReaderTest {
    private static final String SOURCE = "soc.agent.heartbeat/0/42";
    private static final String VALID = """
            {"@timestamp":"2026-12-01T08:00:00Z","agent":{"id":"a1","version":"0.1.0","started":"2026-12-01T07:00:00Z"},
             "unit":"bv-bach-mai","host":{"name":"his-web-01.bvbachmai.vn"},
             "inputs":[{"name":"auth","lag_bytes":10,"read":5,"flagged":1,"errors":0},{"name":"web","lag_bytes":7,"read":2,"flagged":0,"errors":1}],
             "spool":{"bytes":300,"full":true},"counters":{"read":7,"sent":6,"flagged":1,"send_failures":2},"kafka_connected":false}
            """;

    private static AgentHeartbeat read(String key, String json, Instant now) throws MalformedHeartbeatException {
        return HeartbeatReader.read(key, json == null ? null : json.getBytes(StandardCharsets.UTF_8), now, SOURCE);
    }

    @Test
    void theDocumentTheAgentsHeartbeatWritesIsReadWhole(@TempDir Path dir) throws Exception {
        try (RealAgent agent = new RealAgent("bv-bach-mai-his-web-01", "bv-bach-mai", "his-web-01.bvbachmai.vn", "soc.agent.heartbeat",
                dir, "127.0.0.1:9")) {
            Instant before = Instant.now();
            AgentHeartbeat h = read("bv-bach-mai-his-web-01", agent.document(), Instant.now().plusSeconds(60));

            assertThat(h.agentId()).isEqualTo("bv-bach-mai-his-web-01");
            assertThat(h.unit()).isEqualTo("bv-bach-mai");
            assertThat(h.hostName()).isEqualTo("his-web-01.bvbachmai.vn");
            assertThat(h.agentVersion()).isEqualTo("0.1.0-test");
            assertThat(h.agentStarted()).isNotNull().isBeforeOrEqualTo(h.seenAt());
            assertThat(h.seenAt()).isBetween(before.minusSeconds(1), Instant.now());
            assertThat(h.inputs()).singleElement().satisfies(i -> {
                assertThat(i.name()).isEqualTo("auth-log");
                assertThat(i.lagBytes()).isEqualTo(RealAgent.INPUT_LAG);
            });
            assertThat(h.lagBytes()).isEqualTo(RealAgent.INPUT_LAG);
            assertThat(h.spoolBytes()).as("the record waiting in the spool").isGreaterThanOrEqualTo(RealAgent.SPOOLED_RECORD_BYTES);
            assertThat(h.spoolFull()).isFalse();
            assertThat(h.kafkaConnected()).isFalse();
            assertThat(h.source()).isEqualTo(SOURCE);
        }
    }

    @Test
    void everyFieldOfTheFormatIsKeptAndAClockAheadCountsAsNow() throws Exception {
        AgentHeartbeat h = read("a1", VALID, Instant.parse("2026-12-01T09:00:00Z"));
        assertThat(h.seenAt()).isEqualTo(Instant.parse("2026-12-01T08:00:00Z"));
        assertThat(h.lagBytes()).as("summed over the inputs").isEqualTo(17);
        assertThat(h.spoolBytes()).isEqualTo(300);
        assertThat(h.spoolFull()).isTrue();
        assertThat(h.counters()).isEqualTo(new AgentHeartbeat.Counters(7, 6, 1, 2));
        assertThat(h.inputs()).extracting(AgentHeartbeat.InputState::errors).containsExactly(0L, 1L);

        Instant earlier = Instant.parse("2026-12-01T07:59:00Z");
        assertThat(read("a1", VALID, earlier).seenAt()).as("a host clock ahead of ours keeps no host fresh for ever").isEqualTo(earlier);
        assertThat(read(null, VALID, earlier).agentId()).as("a record without a key").isEqualTo("a1");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "an empty record                       | ''                                          | an empty record",
            "not JSON                              | '{\"agent\":'                               | not JSON",
            "trailing tokens                       | '{} {}'                                     | not JSON",
            "an array                              | '[1]'                                       | not a JSON object",
            "no agent id                           | '{\"@timestamp\":\"2026-12-01T08:00:00Z\"}'  | agent.id is missing",
            "a number as host                      | '{\"@timestamp\":\"2026-12-01T08:00:00Z\",\"agent\":{\"id\":\"a1\"},\"unit\":\"u\",\"host\":{\"name\":5}}' | host.name is not a non-empty text",
            "no timestamp                          | '{\"agent\":{\"id\":\"a1\"},\"unit\":\"u\",\"host\":{\"name\":\"h\"}}' | @timestamp is missing",
            "a bad timestamp                       | '{\"@timestamp\":\"yesterday\",\"agent\":{\"id\":\"a1\"},\"unit\":\"u\",\"host\":{\"name\":\"h\"}}' | @timestamp is not an ISO-8601 instant: 'yesterday'",
            "a negative spool                      | '{\"@timestamp\":\"2026-12-01T08:00:00Z\",\"agent\":{\"id\":\"a1\"},\"unit\":\"u\",\"host\":{\"name\":\"h\"},\"spool\":{\"bytes\":-1}}' | spool.bytes is not a count: -1",
            "a text flag                           | '{\"@timestamp\":\"2026-12-01T08:00:00Z\",\"agent\":{\"id\":\"a1\"},\"unit\":\"u\",\"host\":{\"name\":\"h\"},\"kafka_connected\":\"yes\"}' | kafka_connected is not true or false",
            "an input without name                 | '{\"@timestamp\":\"2026-12-01T08:00:00Z\",\"agent\":{\"id\":\"a1\"},\"unit\":\"u\",\"host\":{\"name\":\"h\"},\"inputs\":[{\"lag_bytes\":1}]}' | inputs[0].name is missing",
            "the key of another agent              | '{\"@timestamp\":\"2026-12-01T08:00:00Z\",\"agent\":{\"id\":\"a2\"},\"unit\":\"u\",\"host\":{\"name\":\"h\"}}' | the key 'a1' is not the agent id 'a2'",
    })
    void aRecordThatIsNotAHeartbeatIsRefusedWithTheReason(String what, String json, String reason) {
        assertThatThrownBy(() -> read("a1", json, Instant.now())).as(what).isInstanceOf(MalformedHeartbeatException.class)
                .hasMessageContaining(reason);
    }

    @Test
    void invalidUtf8AndOversizedRecordsAreRefused() {
        byte[] invalid = VALID.replace("his-web-01", "his-web-\u00e9").getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> HeartbeatReader.read("a1", invalid, Instant.now(), SOURCE)).hasMessage("not UTF-8");
        byte[] huge = new byte[HeartbeatReader.MAX_BYTES + 1];
        assertThatThrownBy(() -> HeartbeatReader.read("a1", huge, Instant.now(), SOURCE)).hasMessageContaining("bytes (a heartbeat has at most");
    }

    @Test
    void aBatchKeepsTheNewestHeartbeatPerAgentAndNamesEachSkippedRecord() {
        String older = VALID.replace("2026-12-01T08:00:00Z", "2026-12-01T07:30:00Z");
        List<ConsumerRecord<String, byte[]>> records = List.of(
                new ConsumerRecord<>("t", 2, 10, "a1", VALID.getBytes(StandardCharsets.UTF_8)),
                new ConsumerRecord<>("t", 2, 11, "a1", older.getBytes(StandardCharsets.UTF_8)),
                new ConsumerRecord<>("t", 2, 12, "a1", "garbage".getBytes(StandardCharsets.UTF_8)),
                new ConsumerRecord<>("t", 3, 5, "a9", (byte[]) null));

        HeartbeatBatch batch = HeartbeatBatch.of(records, Instant.parse("2026-12-01T09:00:00Z"));

        assertThat(batch.heartbeats()).singleElement().satisfies(h -> {
            assertThat(h.seenAt()).isEqualTo(Instant.parse("2026-12-01T08:00:00Z"));
            assertThat(h.source()).isEqualTo("t/2/10");
        });
        assertThat(batch.skipped()).extracting(Object::toString).containsExactly(
                "record t/2/12 (key 'a1'): not JSON: Unrecognized token 'garbage': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')",
                "record t/3/5 (key 'a9'): an empty record (no heartbeat document)");
    }
}
