package vn.gov.moh.soc.jobs.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.gov.moh.soc.core.envelope.EnvelopeJson;
import vn.gov.moh.soc.core.event.DrillMark;
import vn.gov.moh.soc.core.event.Event;
import vn.gov.moh.soc.core.event.EventJson;
import vn.gov.moh.soc.jobs.Envelopes;
import vn.gov.moh.soc.jobs.record.DeadLetter;
import vn.gov.moh.soc.jobs.record.EventRecord;
import vn.gov.moh.soc.jobs.record.RawRecord;

class NormalizeFunctionTest {
    private OneInputStreamOperatorTestHarness<RawRecord, EventRecord> harness;

    @BeforeEach
    void open() throws Exception {
        harness = ProcessFunctionTestHarnesses.forProcessFunction(new NormalizeFunction(ZoneId.of("Asia/Ho_Chi_Minh")));
    }

    @AfterEach
    void close() throws Exception {
        harness.close();
    }

    private Event only() {
        List<EventRecord> out = harness.extractOutputValues();
        assertThat(out).hasSize(1);
        assertThat(harness.getSideOutput(NormalizeFunction.DEAD_LETTERS)).isNullOrEmpty();
        return EventJson.read(out.get(0).json());
    }

    private DeadLetter onlyDead() {
        assertThat(harness.extractOutputValues()).isEmpty();
        var dead = harness.getSideOutput(NormalizeFunction.DEAD_LETTERS);
        assertThat(dead).hasSize(1);
        return dead.peek().getValue();
    }

    @Test
    void aSshdLineBecomesAnEcsEventWithTheEnvelopesIdAndOrigin() throws Exception {
        harness.processElement(Envelopes.raw("syslog", 42,
                "<38>1 2026-11-21T02:59:58Z his-app-01 sshd 812 - - Failed password for root from 10.1.2.3 port 5022 ssh2"), 0);

        EventRecord record = harness.extractOutputValues().get(0);
        Event e = only();
        assertThat(record.id).isEqualTo("agent-1:input-syslog:42");
        assertThat(record.timestamp).isEqualTo(Instant.parse("2026-11-21T02:59:58Z").toEpochMilli());
        assertThat(record.source).isEqualTo("his-app-01");
        assertThat(e.get("event.id")).isEqualTo("agent-1:input-syslog:42");
        assertThat(e.get("agent.id")).isEqualTo("agent-1");
        assertThat(e.get("organization.id")).isEqualTo("bv-bach-mai");
        assertThat(e.get("source.ip")).isEqualTo("10.1.2.3");
        assertThat(e.get("event.outcome")).isEqualTo("failure");
        assertThat(e.get("event.created")).isEqualTo(Envelopes.RECEIVED.toString());
        assertThat(e.logSource().service()).isEqualTo("sshd");
    }

    @Test
    void everySupportedFormatIsParsed() throws Exception {
        harness.processElement(Envelopes.raw("syslog", 1,
                "Nov 21 10:00:00 his-app-01 sudo:   alice : TTY=pts/0 ; PWD=/home/alice ; USER=root ; COMMAND=/bin/ls"), 0);
        harness.processElement(Envelopes.raw("access-log", 2,
                "10.0.0.9 - - [21/Nov/2026:10:00:00 +0700] \"GET /portal/?id=1%27%20OR%201=1 HTTP/1.1\" 200 512 \"-\" \"curl/8\""), 0);
        harness.processElement(Envelopes.raw("syslog", 3,
                "Nov 21 10:00:01 fw01 kernel: [1.5] DROP IN=eth0 OUT= SRC=203.0.113.9 DST=10.0.0.1 PROTO=TCP SPT=4000 DPT=22"), 0);
        harness.processElement(Envelopes.raw("evtx-json", 4,
                "{\"Event\":{\"System\":{\"EventID\":4625,\"Channel\":\"Security\",\"Computer\":\"dc01\","
                        + "\"TimeCreated\":{\"SystemTime\":\"2026-11-21T03:00:00.000Z\"}},\"EventData\":{\"TargetUserName\":\"bob\"}}}"), 0);
        harness.processElement(Envelopes.raw("jsonl", 5,
                "{\"resourceType\":\"AuditEvent\",\"type\":{\"code\":\"rest\"},\"action\":\"R\",\"recorded\":\"2026-11-21T03:00:00Z\","
                        + "\"outcome\":\"0\",\"agent\":[{\"who\":{\"identifier\":{\"value\":\"dr.an\"}},\"requestor\":true}],"
                        + "\"source\":{\"observer\":{\"display\":\"his\"}},\"entity\":[{\"what\":{\"reference\":\"Patient/7\"}}]}"), 0);
        harness.processElement(Envelopes.raw("jsonl", 6,
                "{\"@timestamp\":\"2026-11-21T03:00:00Z\",\"event\":{\"action\":\"logon\"},\"user\":{\"name\":\"carol\"}}"), 0);

        assertThat(harness.getSideOutput(NormalizeFunction.DEAD_LETTERS)).as("dead letters").isNullOrEmpty();
        List<Event> events = harness.extractOutputValues().stream().map(r -> EventJson.read(r.json())).toList();
        assertThat(events).hasSize(6);
        assertThat(events.get(0).get("process.command_line")).isEqualTo("/bin/ls");
        assertThat(events.get(1).get("source.ip")).isEqualTo("10.0.0.9");
        assertThat(events.get(2).get("destination.port")).isEqualTo(22L);
        assertThat(events.get(3).logSource().product()).isEqualTo("windows");
        assertThat(events.get(4).text("user.name") + events.get(4).fields().keySet()).contains("dr.an");
        assertThat(events.get(5).get("user.name")).isEqualTo("carol");
        assertThat(events).allSatisfy(e -> assertThat(e.get("event.id")).isNotNull());
    }

    @Test
    void aDrillsEnvelopeMarksItsEventAndARealLineCannotMarkItself() throws Exception {
        String sshd = "<38>1 2026-11-21T02:59:58Z his-app-01 sshd 812 - - Failed password for root from 10.1.2.3 port 5022 ssh2";
        harness.processElement(Envelopes.raw(1, EnvelopeJson.write(
                Envelopes.envelope("his-app-01", "syslog", 1, sshd).withDrill("drill-9"))), 0);
        assertThat(only().get(DrillMark.FIELD)).isEqualTo("drill-9");

        harness.close();
        open();
        // a real JSON line that carries the label itself (nested or dotted) is not a drill's
        harness.processElement(Envelopes.raw("jsonl", 2,
                "{\"@timestamp\":\"2026-11-21T03:00:00Z\",\"message\":\"x\",\"labels\":{\"soc_drill\":\"drill-9\"}}"), 0);
        harness.processElement(Envelopes.raw("jsonl", 3,
                "{\"@timestamp\":\"2026-11-21T03:00:00Z\",\"message\":\"x\",\"labels.soc_drill\":\"drill-9\"}"), 0);
        List<EventRecord> out = harness.extractOutputValues();
        assertThat(out).hasSize(2);
        for (EventRecord r : out) {
            assertThat(EventJson.read(r.json()).has(DrillMark.FIELD)).isFalse();
        }
    }

    @Test
    void aLineWithoutTimeGetsTheAgentsTimeAndAFlag() throws Exception {
        harness.processElement(Envelopes.raw("jsonl", 7, "{\"message\":\"no time here\"}"), 0);

        Event e = only();
        assertThat(e.get("@timestamp")).isEqualTo(Envelopes.RECEIVED.toString());
        assertThat(e.get("soc.flags")).isEqualTo(List.of("time_from_agent"));
    }

    @Test
    void aRecordThatIsNotAnEnvelopeGoesToTheDeadLetterQueueWithItsPosition() throws Exception {
        harness.processElement(Envelopes.raw(9, "not json at all".getBytes(StandardCharsets.UTF_8)), 0);

        DeadLetter dead = onlyDead();
        assertThat(dead.id).isEqualTo("soc.raw/0/9");
        assertThat(dead.origin).isEqualTo("soc.raw/0/9");
        assertThat(dead.source).isEqualTo("normalize");
        assertThat(dead.reason).startsWith("not an envelope:");
        assertThat(dead.record).isEqualTo("not json at all");
    }

    @Test
    void anEnvelopeWithoutItsLineIsNamedInTheReason() throws Exception {
        harness.processElement(Envelopes.raw(10, ("{\"agent\":{\"id\":\"a\"},\"unit\":\"u\",\"host\":\"h\",\"input\":\"i\","
                + "\"offset\":\"1\",\"received\":\"2026-11-21T03:00:00Z\"}").getBytes(StandardCharsets.UTF_8)), 0);

        assertThat(onlyDead().reason).isEqualTo("not an envelope: envelope without 'line'");
    }

    @Test
    void aTombstoneGoesToTheDeadLetterQueue() throws Exception {
        harness.processElement(Envelopes.raw(11, null), 0);

        DeadLetter dead = onlyDead();
        assertThat(dead.reason).contains("without a value");
        assertThat(dead.record).as("a tombstone has no record; the contract's record is then empty").isEmpty();
    }

    @Test
    void anUnparseableLineKeepsTheEnvelopesIdAndTheWholeRecord() throws Exception {
        RawRecord raw = Envelopes.raw("syslog", 12, "this is not syslog");
        harness.processElement(raw, 0);

        DeadLetter dead = onlyDead();
        assertThat(dead.id).isEqualTo("agent-1:input-syslog:12");
        assertThat(dead.reason).isEqualTo("cannot parse as syslog: not a syslog line (RFC 3164, RFC 5424 or an ISO-8601 time stamp)");
        assertThat(dead.record).isEqualTo(new String(raw.value, StandardCharsets.UTF_8));
    }

    @Test
    void malformedJsonAndAnUnknownFormatAreDeadLettersAndTheNextGoodRecordStillPasses() throws Exception {
        harness.processElement(Envelopes.raw("jsonl", 13, "{\"unterminated\": "), 0);
        harness.processElement(Envelopes.raw("evtx-json", 14, "[1, 2]"), 0);
        harness.processElement(Envelopes.raw("cef", 15, "CEF:0|x"), 0);
        harness.processElement(Envelopes.raw("syslog", 16, "Nov 21 10:00:00 h sshd[1]: Accepted password for a from 10.0.0.1 port 1 ssh2"), 0);

        var dead = harness.getSideOutput(NormalizeFunction.DEAD_LETTERS).stream().map(r -> r.getValue().reason).toList();
        assertThat(dead).hasSize(3);
        assertThat(dead.get(0)).startsWith("cannot parse as jsonl: malformed JSON");
        assertThat(dead.get(1)).contains("must be an object");
        assertThat(dead.get(2)).contains("unknown format 'cef'");
        assertThat(harness.extractOutputValues()).hasSize(1);
    }
}
