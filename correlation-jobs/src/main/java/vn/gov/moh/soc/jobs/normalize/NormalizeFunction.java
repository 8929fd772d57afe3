package vn.gov.moh.soc.jobs.normalize;

import java.time.Clock;
import java.time.ZoneId;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import vn.gov.moh.soc.core.parse.EventReader;
import vn.gov.moh.soc.core.parse.EvtxJsonParser;
import vn.gov.moh.soc.core.parse.SyslogParser;
import vn.gov.moh.soc.jobs.record.DeadLetter;
import vn.gov.moh.soc.jobs.record.EventRecord;
import vn.gov.moh.soc.jobs.record.RawRecord;

/**
 * Stage 1, normalize: raw envelopes in, ECS events out; what cannot be read goes to the
 * {@link #DEAD_LETTERS} side output with its reason, and the stream goes on. Counts
 * {@code eventsParsed} and {@code deadLetters}.
 */
public final class NormalizeFunction extends ProcessFunction<RawRecord, EventRecord> {
    private static final long serialVersionUID = 1L;

    public static final OutputTag<DeadLetter> DEAD_LETTERS = new OutputTag<>("normalize-dead-letters",
            TypeInformation.of(DeadLetter.class));

    private final ZoneId syslogZone;
    private transient Normalizer normalizer;
    private transient Counter parsed;
    private transient Counter dead;

    public NormalizeFunction(ZoneId syslogZone) {
        this.syslogZone = syslogZone;
    }

    @Override
    public void open(OpenContext context) {
        normalizer = new Normalizer(new EventReader(new SyslogParser(syslogZone, Clock.systemUTC()), new EvtxJsonParser()));
        parsed = getRuntimeContext().getMetricGroup().counter("eventsParsed");
        dead = getRuntimeContext().getMetricGroup().counter("deadLetters");
    }

    @Override
    public void processElement(RawRecord record, Context ctx, Collector<EventRecord> out) {
        Normalizer.Result result = normalizer.normalize(record);
        if (result.event() != null) {
            parsed.inc();
            out.collect(result.event());
        } else {
            dead.inc();
            ctx.output(DEAD_LETTERS, result.deadLetter());
        }
    }
}
