package vn.gov.moh.soc.agent.stdin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import vn.gov.moh.soc.agent.config.AgentConfig;
import vn.gov.moh.soc.core.envelope.Envelope;
import vn.gov.moh.soc.core.envelope.Flag;

/** A pipe is read to its end: every line once, the last one even without a line feed, odd lines flagged. */
class StdinInputTest {

    @Test
    void readsEveryLineOfThePipeUntilItEnds() throws Exception {
        ByteArrayOutputStream pipe = new ByteArrayOutputStream();
        for (int i = 0; i < 1000; i++) {
            pipe.write(("line " + i + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        pipe.write("y".repeat(3000).getBytes(StandardCharsets.US_ASCII));
        pipe.write('\n');
        pipe.write(new byte[] {'b', (byte) 0xFE, '\n', 'l', 'a', 's', 't'});
        List<Envelope> got = new CopyOnWriteArrayList<>();
        StdinInput input = new StdinInput(new AgentConfig.StdinInput("pipe", "bv-bach-mai", "his-app-01", "auto", 1024, null),
                "agent-1", new ByteArrayInputStream(pipe.toByteArray()));
        input.start(got::add);
        input.awaitEnd();

        assertThat(got).hasSize(1003);
        assertThat(got.get(0).line()).isEqualTo("line 0");
        assertThat(got.get(999).line()).isEqualTo("line 999");
        assertThat(got.get(1000).flags()).containsExactly(Flag.TRUNCATED);
        assertThat(got.get(1000).line()).hasSize(1024);
        assertThat(got.get(1000).originalBytes()).isEqualTo(3000);
        assertThat(got.get(1001).flags()).containsExactly(Flag.INVALID_UTF8);
        assertThat(got.get(1002).line()).isEqualTo("last");
        assertThat(got.stream().map(Envelope::id).distinct()).hasSize(1003);
        assertThat(input.counters().read()).isEqualTo(1003);
        assertThat(input.counters().flagged()).isEqualTo(2);
        assertThat(got).allSatisfy(e -> assertThat(e.drill()).isNull());
    }

    @Test
    void aDrillsPipeMarksEveryLine() throws Exception {
        List<Envelope> got = new CopyOnWriteArrayList<>();
        StdinInput input = new StdinInput(new AgentConfig.StdinInput("drill", "bv-bach-mai", "his-app-01", "syslog", 1024,
                "drill-3"), "agent-1", new ByteArrayInputStream("a\nb\n".getBytes(StandardCharsets.UTF_8)));
        input.start(got::add);
        input.awaitEnd();
        assertThat(got).extracting(Envelope::line).containsExactly("a", "b");
        assertThat(got).extracting(Envelope::drill).containsExactly("drill-3", "drill-3");
    }
}
