package vn.gov.moh.soc.bench.agent;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.LogDirDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.ReplicaInfo;
import org.apache.kafka.common.TopicPartition;

/**
 * Counts the records of a topic as the sum of its partitions' end offsets (the topics of the
 * benchmark are fresh and nothing is deleted from them while it runs, so that is the number of
 * records written).
 * <pre>
 * TopicLines await BOOTSTRAP TOPIC EXPECTED TIMEOUT_SECONDS STALL_SECONDS HANDSHAKE_DIR
 * TopicLines count BOOTSTRAP TOPIC
 * </pre>
 * {@code await} first connects and reads the topic's partitions, then creates the file
 * {@code HANDSHAKE_DIR/ready} and waits for the file {@code HANDSHAKE_DIR/pid}: the pid of the
 * shipper, which the caller starts in between (so that the shipper's time is not spent starting
 * this JVM), or {@code -}. From then on it polls every 100 ms until the topic holds at least EXPECTED records,
 * printing progress on standard error every 5 s, then prints one line on standard output:
 * <pre>
 * RESULT reached|timeout|stalled|died EPOCH_MILLIS RECORDS
 * </pre>
 * with the wall-clock time at which the count was first seen (reached) or at which it gave up:
 * after TIMEOUT_SECONDS in all, when the count has not moved for STALL_SECONDS (the shipper has
 * stopped sending: lines lost, or it is stuck), or when the shipper's process has exited. Exit code
 * 0 reached, 3 otherwise.
 * <p>
 * {@code count} prints {@code RESULT count RECORDS P0,P1,... BYTES}: the total, the records of
 * each partition and the bytes the topic takes on the broker's disk (compressed batches).
 */
public final class TopicLines {
    private static final long POLL_MILLIS = 100;
    private static final long PROGRESS_MILLIS = 5000;

    private TopicLines() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 7 && args[0].equals("await")) {
            System.exit(await(args[1], args[2], Long.parseLong(args[3]), Long.parseLong(args[4]), Long.parseLong(args[5]),
                    Path.of(args[6])));
        } else if (args.length == 3 && args[0].equals("count")) {
            count(args[1], args[2]);
        } else {
            System.err.println("usage: TopicLines await BOOTSTRAP TOPIC EXPECTED TIMEOUT_SECONDS STALL_SECONDS HANDSHAKE_DIR\n"
                    + "       TopicLines count BOOTSTRAP TOPIC");
            System.exit(2);
        }
    }

    private static int await(String bootstrap, String topic, long expected, long timeoutSeconds, long stallSeconds,
            Path handshake) throws Exception {
        try (Admin admin = admin(bootstrap)) {
            List<TopicPartition> partitions = partitions(admin, topic);
            endOffsets(admin, partitions); // every connection this loop needs is open now
            Files.writeString(handshake.resolve("ready"), "ready\n");
            Path pidFile = handshake.resolve("pid");
            long waitUntil = System.currentTimeMillis() + 600_000;
            while (!Files.exists(pidFile)) {
                if (System.currentTimeMillis() > waitUntil) {
                    System.err.println("TopicLines: no pid file " + pidFile + " after 10 minutes");
                    return 2;
                }
                Thread.sleep(5);
            }
            String pid = Files.readString(pidFile).strip();
            ProcessHandle shipper = pid.equals("-") ? null : ProcessHandle.of(Long.parseLong(pid)).orElse(null);
            long begin = System.currentTimeMillis();
            long lastCount = -1;
            long lastChange = begin;
            long lastProgress = begin;
            long countAtLastProgress = 0;
            while (true) {
                long count = sum(endOffsets(admin, partitions));
                long now = System.currentTimeMillis();
                if (count >= expected) {
                    System.err.printf("  %6.1f s  %,d of %,d lines in %s: all there%n", (now - begin) / 1e3, count,
                            expected, topic);
                    System.out.println("RESULT reached " + now + " " + count);
                    return 0;
                }
                if (count != lastCount) {
                    lastCount = count;
                    lastChange = now;
                }
                if (now - lastProgress >= PROGRESS_MILLIS) {
                    double rate = (count - countAtLastProgress) * 1000.0 / (now - lastProgress);
                    System.err.printf("  %6.1f s  %,d of %,d lines in %s (%.1f%%), %,.0f lines/s now%n",
                            (now - begin) / 1e3, count, expected, topic, 100.0 * count / expected, rate);
                    lastProgress = now;
                    countAtLastProgress = count;
                }
                if (now - begin >= timeoutSeconds * 1000) {
                    System.err.printf("  gave up after %d s (timeout): %,d of %,d lines in %s%n", timeoutSeconds, count,
                            expected, topic);
                    System.out.println("RESULT timeout " + now + " " + count);
                    return 3;
                }
                if (shipper != null && !shipper.isAlive()) {
                    System.err.printf("  gave up: the shipper (pid %d) has exited, %,d of %,d lines in %s%n",
                            shipper.pid(), count, expected, topic);
                    System.out.println("RESULT died " + now + " " + count);
                    return 3;
                }
                if (now - lastChange >= stallSeconds * 1000) {
                    System.err.printf("  gave up: no new line in %s for %d s, %,d of %,d there%n", topic, stallSeconds,
                            count, expected);
                    System.out.println("RESULT stalled " + now + " " + count);
                    return 3;
                }
                Thread.sleep(POLL_MILLIS);
            }
        }
    }

    private static void count(String bootstrap, String topic) throws Exception {
        try (Admin admin = admin(bootstrap)) {
            List<TopicPartition> partitions = partitions(admin, topic);
            List<Long> offsets = endOffsets(admin, partitions);
            long bytes = 0;
            Map<Integer, Map<String, LogDirDescription>> dirs = admin.describeLogDirs(
                    admin.describeCluster().nodes().get(30, TimeUnit.SECONDS).stream().map(n -> n.id()).toList())
                    .allDescriptions().get(30, TimeUnit.SECONDS);
            for (Map<String, LogDirDescription> byDir : dirs.values()) {
                for (LogDirDescription dir : byDir.values()) {
                    for (Map.Entry<TopicPartition, ReplicaInfo> r : dir.replicaInfos().entrySet()) {
                        if (r.getKey().topic().equals(topic)) {
                            bytes += r.getValue().size();
                        }
                    }
                }
            }
            System.out.println("RESULT count " + sum(offsets) + " "
                    + offsets.stream().map(String::valueOf).collect(Collectors.joining(",")) + " " + bytes);
        }
    }

    private static Admin admin(String bootstrap) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(AdminClientConfig.CLIENT_ID_CONFIG, "bench-topic-lines");
        return Admin.create(props);
    }

    private static List<TopicPartition> partitions(Admin admin, String topic) throws Exception {
        List<TopicPartition> partitions = new ArrayList<>();
        admin.describeTopics(List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS).get(topic).partitions()
                .forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
        return partitions;
    }

    private static List<Long> endOffsets(Admin admin, List<TopicPartition> partitions) throws Exception {
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(
                partitions.stream().collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.latest()))).all()
                .get(30, TimeUnit.SECONDS);
        return partitions.stream().map(tp -> ends.get(tp).offset()).toList();
    }

    private static long sum(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).sum();
    }
}
