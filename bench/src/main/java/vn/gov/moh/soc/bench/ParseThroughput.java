package vn.gov.moh.soc.bench;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import vn.gov.moh.soc.core.parse.EventReader;
import vn.gov.moh.soc.core.parse.EvtxJsonParser;
import vn.gov.moh.soc.core.parse.InputFormat;
import vn.gov.moh.soc.core.parse.SyslogParser;

/**
 * Normalization cost per line through the pipeline's entry ({@code EventReader.parseLine}, format
 * {@code auto}), one core, by kind of line: Loghub's OpenSSH sample, generated web access lines,
 * UFW packet logs (IPv4 and IPv6), the OpenSSH lines wrapped as Filebeat ECS JSON, IIS W3C lines.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ParseThroughput {
    private static final int LINES = 2_000;

    @Param({"sshd", "access", "firewall", "ecs-json", "iis"})
    public String kind;

    private List<String> lines;
    private EventReader reader;

    @Setup
    public void setUp() {
        reader = new EventReader(new SyslogParser(ZoneId.of("Asia/Ho_Chi_Minh"),
                Clock.fixed(Instant.parse("2026-11-21T12:00:00Z"), ZoneOffset.UTC)), new EvtxJsonParser());
        Random random = new Random(20261201);
        lines = switch (kind) {
            case "sshd" -> Corpus.sshLines(Corpus.sharedData()).subList(0, LINES);
            case "access" -> Corpus.webLines(LINES);
            case "firewall" -> generate(LINES, i -> firewall(random, i));
            case "ecs-json" -> Corpus.sshLines(Corpus.sharedData()).subList(0, LINES).stream()
                    .map(l -> "{\"@timestamp\":\"2026-11-21T03:00:05.123Z\",\"message\":\"" + l.replace("\\", "\\\\")
                            .replace("\"", "\\\"") + "\",\"log\":{\"file\":{\"path\":\"/var/log/auth.log\"}},"
                            + "\"agent\":{\"type\":\"filebeat\"},\"ecs\":{\"version\":\"8.0.0\"},\"host\":{\"name\":\"h\"}}")
                    .toList();
            case "iis" -> generate(LINES, i -> String.format("2026-11-21 03:%02d:%02d 10.0.0.5 GET /his/patient/view.aspx"
                    + " id=%d 443 - 203.0.113.%d Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64) - 200 0 0 %d",
                    i / 60 % 60, i % 60, random.nextInt(900_000), random.nextInt(254) + 1, random.nextInt(400)));
            default -> throw new IllegalArgumentException(kind);
        };
        for (String line : lines) {
            reader.parseLine(line, InputFormat.AUTO);
        }
    }

    private static List<String> generate(int n, java.util.function.IntFunction<String> line) {
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(line.apply(i));
        }
        return out;
    }

    private static String firewall(Random random, int i) {
        boolean v6 = i % 5 == 0;
        String src = v6 ? String.format("2001:0db8:0000:0000:0000:0000:%04x:%04x", random.nextInt(65536), random.nextInt(65536))
                : "198.51.100." + (random.nextInt(254) + 1);
        String dst = v6 ? "2001:0db8:0000:0001:0000:0000:0000:0005" : "10.10.1.5";
        return String.format("Nov 21 10:%02d:%02d his-app-01 kernel: [ 3529.289825] [UFW %s] IN=ens192 OUT="
                + " MAC=00:50:56:aa:bb:cc:00:1c:73:4e:01:02:08:00 SRC=%s DST=%s LEN=44 TOS=0x00 PREC=0x00 TTL=241"
                + " ID=%d PROTO=TCP SPT=%d DPT=%d WINDOW=1024 RES=0x00 SYN URGP=0", i / 60 % 60, i % 60,
                i % 7 == 0 ? "ALLOW" : "BLOCK", src, dst, random.nextInt(65536), 1024 + random.nextInt(60000),
                random.nextInt(1024));
    }

    /** Lines per second. */
    @Benchmark
    @OperationsPerInvocation(LINES)
    public void parseLine(Blackhole bh) {
        for (String line : lines) {
            bh.consume(reader.parseLine(line, InputFormat.AUTO));
        }
    }
}
