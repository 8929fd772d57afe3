package vn.gov.moh.soc.bench.agent;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import vn.gov.moh.soc.core.naming.Topic;

/**
 * Creates the benchmark's topics with the configuration of the platform's data topics
 * ({@link Topic#RAW}: append-time timestamps, so replayed old lines are not deleted at once, and
 * 16 MiB records), replication factor 1.
 * <pre>
 * BenchTopics BOOTSTRAP PARTITIONS TOPIC...
 * </pre>
 * A topic that exists already is an error: each run must start from an empty topic, or its end
 * offsets would not count its lines. Exit code 0 when every topic is created and listed.
 */
public final class BenchTopics {
    private BenchTopics() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: BenchTopics BOOTSTRAP PARTITIONS TOPIC...");
            System.exit(2);
        }
        String bootstrap = args[0];
        int partitions = Integer.parseInt(args[1]);
        List<String> names = Arrays.asList(args).subList(2, args.length);
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        try (Admin admin = Admin.create(props)) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> topics = new ArrayList<>();
            for (String name : names) {
                if (existing.contains(name)) {
                    System.err.println("BenchTopics: topic " + name + " exists already; start from a fresh broker");
                    System.exit(1);
                }
                topics.add(new NewTopic(name, partitions, (short) 1).configs(Topic.RAW.config()));
            }
            admin.createTopics(topics).all().get(60, TimeUnit.SECONDS);
            // The controller has them at once; the broker's metadata follows a moment later.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!admin.listTopics().names().get(30, TimeUnit.SECONDS).containsAll(names)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("topics created but not listed after 30 s: " + names);
                }
                Thread.sleep(100);
            }
        }
        System.out.println("created " + String.join(", ", names) + " (" + partitions + " partitions each)");
    }
}
