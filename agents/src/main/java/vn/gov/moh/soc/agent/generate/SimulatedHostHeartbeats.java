package vn.gov.moh.soc.agent.generate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import vn.gov.moh.soc.agent.Agent;
import vn.gov.moh.soc.agent.ship.Heartbeat;

/**
 * The heartbeats of the generated units' servers, for a demo: the generator writes the logs of
 * servers that do not exist, and this sends, every interval, the heartbeat an agent on each of them
 * would send (the agents' own document, {@link Heartbeat#document}; agent id
 * {@code <unit>-<short name>}, the host's qualified name, version {@code <version>-simulated}, no
 * input, an empty spool), so that the portal's monitoring coverage has the demo's hosts to show.
 * Workstations get none: their agents are rarely deployed.
 *
 * <pre>java -cp soc-agent.jar vn.gov.moh.soc.agent.generate.SimulatedHostHeartbeats \
 *     BOOTSTRAP_SERVERS TOPIC INTERVAL_SECONDS UNIT[,UNIT...]</pre>
 */
public final class SimulatedHostHeartbeats {
    private SimulatedHostHeartbeats() {
    }

    /** One heartbeat per server of the units, now. */
    public static List<ProducerRecord<String, String>> records(List<HospitalUnit> units, String topic, Instant started) {
        List<ProducerRecord<String, String>> records = new ArrayList<>();
        for (HospitalUnit unit : units) {
            List<Host> servers = new ArrayList<>(unit.linuxServers());
            servers.addAll(unit.windowsServers());
            for (Host host : servers) {
                String agentId = unit.code() + "-" + host.name().toLowerCase(Locale.ROOT);
                records.add(new ProducerRecord<>(topic, agentId, Heartbeat.document(agentId, unit.code(), host.fqdn(),
                        Agent.VERSION + "-simulated", started, List.of(), 0, false, 0, 0, true)));
            }
        }
        return records;
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length != 4) {
            System.err.println("usage: SimulatedHostHeartbeats BOOTSTRAP_SERVERS TOPIC INTERVAL_SECONDS UNIT[,UNIT...]");
            System.exit(2);
        }
        Duration interval;
        List<HospitalUnit> units;
        try {
            interval = Duration.ofSeconds(Long.parseLong(args[2]));
            units = List.of(args[3].split(",")).stream().map(String::strip).map(UnitCatalog::unit).toList();
        } catch (IllegalArgumentException e) {
            System.err.println("SimulatedHostHeartbeats: " + e.getMessage());
            System.exit(2);
            return;
        }
        Properties p = new Properties();
        p.put("bootstrap.servers", args[0]);
        p.put("client.id", "soc-agent-simulated-hosts");
        p.put("linger.ms", "0");
        p.put("max.block.ms", "5000"); // a heartbeat that cannot be sent now is skipped, as the agent's is
        p.put("delivery.timeout.ms", "30000");
        p.put("request.timeout.ms", "10000");
        Instant started = Instant.now();
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown, "simulated-heartbeats-stop"));
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
            do {
                for (ProducerRecord<String, String> r : records(units, args[1], started)) {
                    try {
                        producer.send(r);
                    } catch (RuntimeException e) {
                        System.err.println("SimulatedHostHeartbeats: not sent: " + e.getMessage());
                    }
                }
            } while (!stop.await(interval.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS));
            producer.close(Duration.ofSeconds(1));
        }
    }
}
