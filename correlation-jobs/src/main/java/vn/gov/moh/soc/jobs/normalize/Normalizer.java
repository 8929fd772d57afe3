package vn.gov.moh.soc.jobs.normalize;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.gov.moh.soc.core.envelope.Envelope;
import vn.gov.moh.soc.core.envelope.EnvelopeJson;
import vn.gov.moh.soc.core.envelope.Flag;
import vn.gov.moh.soc.core.event.DrillMark;
import vn.gov.moh.soc.core.event.Event;
import vn.gov.moh.soc.core.parse.EventReader;
import vn.gov.moh.soc.core.parse.InputFormat;
import vn.gov.moh.soc.core.parse.ParseException;
import vn.gov.moh.soc.core.time.UtcInstants;
import vn.gov.moh.soc.jobs.record.DeadLetter;
import vn.gov.moh.soc.jobs.record.EventRecord;
import vn.gov.moh.soc.jobs.record.RawRecord;

/**
 * Turns one {@code soc.raw} record into an ECS event, or into a dead letter saying why it cannot
 * be: the envelope is decoded, its line parsed in the envelope's format by soc-core's parsers,
 * and the origin added ({@code event.id} is the envelope's stable id, {@code agent.id},
 * {@code organization.id} the unit, {@code host.name} when the line had none,
 * {@code event.created} when the agent read it, the agent's flags in {@code soc.flags}, a drill's
 * mark in {@link DrillMark#FIELD}, which a line of its own can never set). An
 * event without a usable {@code @timestamp} gets the agent's time and the flag
 * {@code time_from_agent}. Nothing here throws on bad input.
 */
public final class Normalizer {
    public static final String STAGE = "normalize";

    private final EventReader reader;

    public Normalizer(EventReader reader) {
        this.reader = reader;
    }

    /** The outcome: exactly one of event and deadLetter is set. */
    public record Result(EventRecord event, DeadLetter deadLetter) {
    }

    public Result normalize(RawRecord record) {
        if (record.value == null) {
            return dead(record.position(), record, "a record without a value (tombstone) is not an envelope");
        }
        Envelope envelope;
        try {
            envelope = EnvelopeJson.read(record.value);
        } catch (IllegalArgumentException e) {
            return dead(record.position(), record, "not an envelope: " + e.getMessage());
        }
        try {
            InputFormat format = InputFormat.of(envelope.format());
            if (envelope.line().length() > EventReader.MAX_LINE) {
                return dead(envelope.id(), record, "line of " + envelope.line().length() + " characters is longer than "
                        + EventReader.MAX_LINE);
            }
            Event event = reader.parseLine(envelope.line(), format);
            return new Result(finish(event, envelope), null);
        } catch (ParseException | IllegalArgumentException e) {
            return dead(envelope.id(), record, "cannot parse as " + envelope.format() + ": " + e.getMessage());
        }
    }

    private static EventRecord finish(Event event, Envelope envelope) {
        String id = envelope.id(); // built by concatenation on each call
        List<String> flags = new ArrayList<>();
        for (Flag f : envelope.flags()) {
            flags.add(f.jsonName());
        }
        Instant time = event.timestamp();
        if (time == null) {
            time = envelope.receivedAt();
            event.put("@timestamp", UtcInstants.format(time));
            flags.add("time_from_agent");
        }
        event.put("event.id", id);
        event.put("agent.id", envelope.agentId());
        event.put("organization.id", envelope.unit());
        if (event.get("host.name") == null) {
            event.put("host.name", envelope.host());
        }
        if (event.get("event.kind") == null) {
            event.put("event.kind", "event");
        }
        event.put("event.created", UtcInstants.format(envelope.receivedAt()));
        if (envelope.drill() != null) {
            event.put(DrillMark.FIELD, envelope.drill());
        } else {
            event.remove(DrillMark.FIELD);
        }
        if (envelope.source() != null && envelope.source().startsWith("/")) {
            event.put("log.file.path", envelope.source());
        }
        if (event.get("event.original") == null) {
            event.put("event.original", envelope.line());
        }
        if (!flags.isEmpty()) {
            Object existing = event.get("soc.flags");
            if (existing instanceof List<?> list) {
                list.forEach(f -> flags.add(0, String.valueOf(f)));
            }
            event.put("soc.flags", flags.stream().distinct().sorted().toList());
        }
        return new EventRecord(id, time.toEpochMilli(), envelope.host(), event);
    }

    private static Result dead(String id, RawRecord record, String reason) {
        String raw = record.value == null ? null : new String(record.value, StandardCharsets.UTF_8);
        return new Result(null, new DeadLetter(id, STAGE, reason, record.position(), raw, record.kafkaTime));
    }
}
