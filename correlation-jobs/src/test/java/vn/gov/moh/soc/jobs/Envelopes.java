package vn.gov.moh.soc.jobs;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Set;
import vn.gov.moh.soc.core.envelope.Envelope;
import vn.gov.moh.soc.core.envelope.EnvelopeJson;
import vn.gov.moh.soc.jobs.record.RawRecord;

/** Test envelopes as an agent ships them. */
public final class Envelopes {
    public static final Instant RECEIVED = Instant.parse("2026-11-21T03:00:00Z");

    private Envelopes() {
    }

    public static Envelope envelope(String host, String format, long offset, String line) {
        return new Envelope("agent-1", "bv-bach-mai", host, "input-" + format, format, "/var/log/test.log",
                Long.toString(offset), RECEIVED, line, line.getBytes(StandardCharsets.UTF_8).length, Set.of());
    }

    public static byte[] json(String host, String format, long offset, String line) {
        return EnvelopeJson.write(envelope(host, format, offset, line));
    }

    public static RawRecord raw(long offset, byte[] value) {
        return new RawRecord("soc.raw", 0, offset, RECEIVED.toEpochMilli(), value);
    }

    public static RawRecord raw(String format, long offset, String line) {
        return raw(offset, json("his-app-01", format, offset, line));
    }
}
