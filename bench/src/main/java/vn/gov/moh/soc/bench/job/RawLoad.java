package vn.gov.moh.soc.bench.job;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import vn.gov.moh.soc.core.envelope.Envelope;
import vn.gov.moh.soc.core.envelope.EnvelopeWriter;
import vn.gov.moh.soc.core.naming.Topic;

/**
 * Writes the lines of {@code soc-agent generate}'s files to a raw topic as the envelopes the
 * agents write ({@link EnvelopeWriter}, keyed by host), one input per file and one shipping host
 * per unit and file, so that the records spread over the partitions as many agents' do.
 * <pre>
 * RawLoad BOOTSTRAP TOPIC DATA_DIR COUNT                 # as fast as it can (the preload)
 * RawLoad BOOTSTRAP TOPIC DATA_DIR COUNT RATE            # COUNT envelopes at RATE per second
 * </pre>
 * DATA_DIR holds the generator's {@code UNIT/auth.log, nginx-access.log, windows.jsonl,
 * ehr-audit.jsonl, firewall.log}. The files are read side by side, each line drawn from a file
 * chosen at random in proportion to the lines it has left (fixed seed), so the mix stays that of
 * the generator all along and all files end together; then they are read again (ids stay unique: the
 * envelope offset counts the lines sent from an input). An envelope's {@code received} time is the
 * moment it is handed to the producer: the latency run measures from it.
 * Prints {@code RESULT load COUNT MILLIS} (from the first send to the last acknowledgement).
 */
public final class RawLoad {
    /** How the agents read each file the generator writes (as the stack's demo agent does). */
    static final Map<String, String> FORMATS = Map.of("auth.log", "syslog", "nginx-access.log", "access-log",
            "windows.jsonl", "evtx-json", "ehr-audit.jsonl", "jsonl", "firewall.log", "syslog");

    private RawLoad() {
    }

    /** One generated file read as one agent input. */
    private static final class Input {
        final Path file;
        final String unit;
        final String host;
        final String name;
        final String format;
        final long lines;
        BufferedReader reader;
        long sent;

        Input(Path file, String unit, String name, long lines) {
            this.file = file;
            this.unit = unit;
            this.name = name;
            this.host = unit + "-" + name.substring(0, name.indexOf('.'));
            this.format = FORMATS.get(name);
            this.lines = lines;
        }

        /** The next line, or null when the file is used up (it is then reopened by the next call). */
        String next() throws IOException {
            if (reader == null) {
                reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
            }
            String line = reader.readLine();
            if (line == null) {
                reader.close();
                reader = null;
            }
            return line;
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 4 && args.length != 5) {
            System.err.println("usage: RawLoad BOOTSTRAP TOPIC DATA_DIR COUNT [RATE]");
            System.exit(2);
        }
        String topic = args[1];
        List<Input> inputs = inputs(Path.of(args[2]));
        long count = Long.parseLong(args[3]);
        double rate = args.length == 5 ? Double.parseDouble(args[4]) : 0;
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, args[0]);
        // soc-agent's producer settings.
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        props.put(ProducerConfig.LINGER_MS_CONFIG, rate > 0 ? "5" : "20");
        props.put(ProducerConfig.BATCH_SIZE_CONFIG, Integer.toString(256 * 1024));
        props.put(ProducerConfig.BUFFER_MEMORY_CONFIG, Long.toString(128L << 20));
        props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Integer.toString(Topic.MAX_RECORD_BYTES));
        long[] remaining = inputs.stream().mapToLong(i -> i.lines).toArray();
        Random random = new Random(1);
        EnvelopeWriter writer = new EnvelopeWriter();
        long start;
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(props, new ByteArraySerializer(),
                new ByteArraySerializer())) {
            start = System.currentTimeMillis();
            long startNanos = System.nanoTime();
            for (long n = 0; n < count; n++) {
                if (rate > 0) {
                    long due = startNanos + (long) (n * 1e9 / rate);
                    long wait;
                    while ((wait = due - System.nanoTime()) > 0) {
                        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                    }
                }
                Input in = pick(inputs, remaining, random);
                String line = in.next();
                if (line == null) {
                    line = in.next();
                }
                Envelope e = new Envelope("bench-" + in.unit, in.unit, in.host, in.name, in.format,
                        in.file.toAbsolutePath().toString(), Long.toString(in.sent++), Instant.now(), line,
                        line.getBytes(StandardCharsets.UTF_8).length, Set.of());
                int length = writer.write(e);
                producer.send(new ProducerRecord<>(topic, writer.hostUtf8(), Arrays.copyOf(writer.buffer(), length)),
                        (metadata, error) -> {
                            if (error != null) {
                                System.err.println("RawLoad: send failed: " + error);
                                System.exit(1);
                            }
                        });
            }
            producer.flush();
        }
        long millis = System.currentTimeMillis() - start;
        System.err.printf("RawLoad: %,d envelopes to %s in %.1f s (%,.0f/s)%n", count, topic, millis / 1e3,
                count * 1000.0 / Math.max(1, millis));
        System.out.println("RESULT load " + count + " " + millis);
    }

    /** An input drawn in proportion to the lines it has left; all of them again once every one is used up. */
    private static Input pick(List<Input> inputs, long[] remaining, Random random) {
        long left = Arrays.stream(remaining).sum();
        if (left == 0) {
            for (int i = 0; i < remaining.length; i++) {
                remaining[i] = inputs.get(i).lines;
            }
            left = Arrays.stream(remaining).sum();
        }
        long r = (long) (random.nextDouble() * left);
        for (int i = 0; i < remaining.length; i++) {
            r -= remaining[i];
            if (r < 0) {
                remaining[i]--;
                return inputs.get(i);
            }
        }
        throw new IllegalStateException("no input left");
    }

    private static List<Input> inputs(Path dir) throws IOException {
        List<Input> inputs = new ArrayList<>();
        try (Stream<Path> units = Files.list(dir)) {
            for (Path unit : units.filter(Files::isDirectory).sorted().toList()) {
                for (String name : FORMATS.keySet().stream().sorted().toList()) {
                    Path file = unit.resolve(name);
                    if (Files.isRegularFile(file)) {
                        inputs.add(new Input(file, unit.getFileName().toString(), name, lines(file)));
                    }
                }
            }
        }
        if (inputs.isEmpty() || inputs.stream().allMatch(i -> i.lines == 0)) {
            throw new IllegalArgumentException("no generated log lines under " + dir);
        }
        return inputs;
    }

    private static long lines(Path file) {
        try (Stream<String> s = Files.lines(file, StandardCharsets.UTF_8)) {
            return s.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
