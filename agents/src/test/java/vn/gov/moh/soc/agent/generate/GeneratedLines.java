package vn.gov.moh.soc.agent.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import vn.gov.moh.soc.core.event.Event;
import vn.gov.moh.soc.core.parse.EventReader;
import vn.gov.moh.soc.core.parse.EvtxJsonParser;
import vn.gov.moh.soc.core.parse.InputFormat;
import vn.gov.moh.soc.core.parse.SyslogParser;

/** Runs a generator into memory and turns its lines into soc-core events, as the pipeline would. */
final class GeneratedLines {
    /** One generated line. */
    record Line(String unit, TelemetryStream stream, long nanos, String text) {
    }

    private static final EvtxJsonParser EVTX = new EvtxJsonParser();

    final List<Line> lines;
    final GenerationSummary summary;
    private final EventReader reader;

    private GeneratedLines(List<Line> lines, GenerationSummary summary, Instant start) {
        this.lines = lines;
        this.summary = summary;
        // RFC 3164 has no year: the parser takes it from a reference clock near the generated times.
        SyslogParser syslog = new SyslogParser(ZoneId.of("Asia/Ho_Chi_Minh"),
                Clock.fixed(start.plus(Duration.ofHours(1)), ZoneOffset.UTC));
        this.reader = new EventReader(syslog, EVTX);
    }

    static GeneratedLines run(TelemetryGenerator.Settings settings, GenerationLimits limits) {
        List<Line> lines = new ArrayList<>();
        try {
            GenerationSummary summary = new TelemetryGenerator(settings).run(
                    (unit, stream, nanos, text) -> lines.add(new Line(unit.code(), stream, nanos, text.toString())),
                    limits, report -> { });
            return new GeneratedLines(lines, summary, settings.start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static TelemetryGenerator.Settings settings(String start, double rate, long seed, ScenarioSpec... scenarios) {
        return new TelemetryGenerator.Settings(List.of(UnitCatalog.unit("bv-bach-mai")), rate, seed, Instant.parse(start),
                List.of(scenarios));
    }

    /** The line as the pipeline would parse it (FHIR AuditEvents by soc-core's AuditEvent parser). */
    Event parse(Line line) {
        return reader.parseLine(line.text(), InputFormat.AUTO);
    }

    List<Event> events() {
        List<Event> out = new ArrayList<>(lines.size());
        for (Line l : lines) {
            out.add(parse(l));
        }
        return out;
    }

    List<Line> of(TelemetryStream stream) {
        return lines.stream().filter(l -> l.stream() == stream).toList();
    }
}
