package vn.gov.moh.soc.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import vn.gov.moh.soc.stack.config.StackConfig;
import vn.gov.moh.soc.stack.part.AgentPart;
import vn.gov.moh.soc.stack.part.JobsPart;
import vn.gov.moh.soc.stack.part.Distributions;
import vn.gov.moh.soc.stack.part.ElasticsearchPart;
import vn.gov.moh.soc.stack.part.KafkaPart;
import vn.gov.moh.soc.stack.part.KeycloakPart;
import vn.gov.moh.soc.stack.part.Part;
import vn.gov.moh.soc.stack.part.PortalPart;
import vn.gov.moh.soc.stack.part.Ports;
import vn.gov.moh.soc.stack.part.PostgresPart;

/**
 * Brings parts of the stack up and down. Parts start in parallel; {@link #up} returns when every
 * part is healthy and has what the platform needs installed in it (topics, index templates,
 * realm), or fails naming the part, having stopped what it started.
 */
public final class Stack {
    /** Name of the file, in the state folder, that says where each running part listens. */
    public static final String ENDPOINTS_FILE = "endpoints.properties";

    private final StackConfig config;
    private final Map<String, Part> parts = new LinkedHashMap<>();
    private final Consumer<String> progress;

    public Stack(StackConfig config, Consumer<String> progress) {
        this.config = config;
        this.progress = progress;
        Distributions distributions = Distributions.ofThisBuild();
        add(new KafkaPart(config, distributions));
        add(new ElasticsearchPart(config, distributions));
        add(new KeycloakPart(config, distributions));
        add(new AgentPart(config, distributions));
        add(new JobsPart(config, distributions));
        add(new PostgresPart(config, distributions));
        add(new PortalPart(config, distributions));
    }

    private void add(Part part) {
        parts.put(part.name(), part);
    }

    public StackConfig config() {
        return config;
    }

    public List<Part> parts() {
        return List.copyOf(parts.values());
    }

    public Part part(String name) {
        Part part = parts.get(name);
        if (part == null) {
            throw new StackException("no part named '" + name + "'; the parts are " + String.join(", ", parts.keySet()));
        }
        return part;
    }

    public <T extends Part> T part(Class<T> type) {
        return parts.values().stream().filter(type::isInstance).map(type::cast).findFirst().orElseThrow();
    }

    /** The parts {@code up} starts when no part is named. */
    public List<Part> defaultParts() {
        return parts.values().stream().filter(Part::startsByDefault).toList();
    }

    /** The parts whose process is running. */
    public List<Part> running() {
        return parts.values().stream().filter(p -> p.process().running().isPresent()).toList();
    }

    /**
     * Starts the named parts that are not running yet and waits for them to be healthy.
     *
     * @return the parts this call started (empty if all were already running)
     * @throws StackException if a port is taken (before anything starts) or a part fails
     */
    public List<Part> up(List<String> names) {
        List<Part> toStart = new ArrayList<>();
        for (String name : names) {
            Part part = part(name);
            if (part.process().running().isEmpty()) {
                toStart.add(part);
            }
        }
        if (toStart.isEmpty()) {
            return List.of();
        }
        checkDependencies(toStart);
        checkPortsFree(toStart);
        // Each part starts once the parts it depends on, if they start in this call, are healthy.
        Map<String, CompletableFuture<Void>> started = new LinkedHashMap<>();
        for (Part part : inDependencyOrder(toStart)) {
            CompletableFuture<?>[] before = part.dependsOn().stream().filter(started::containsKey)
                    .map(started::get).toArray(CompletableFuture[]::new);
            started.put(part.name(), CompletableFuture.allOf(before).thenRunAsync(() -> startAndAwait(part)));
        }
        List<CompletableFuture<Void>> starts = new ArrayList<>(started.values());
        try {
            CompletableFuture.allOf(starts.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            for (Part part : toStart) {
                part.process().stop(Duration.ofSeconds(20));
            }
            Throwable cause = e.getCause();
            throw cause instanceof StackException se ? se : new StackException(String.valueOf(cause.getMessage()), cause);
        }
        writeEndpoints();
        return toStart;
    }

    /** A part whose dependency neither runs nor starts now is refused before anything starts. */
    private void checkDependencies(List<Part> toStart) {
        List<String> names = toStart.stream().map(Part::name).toList();
        for (Part part : toStart) {
            for (String needed : part.dependsOn()) {
                if (!names.contains(needed) && part(needed).process().running().isEmpty()) {
                    throw new StackException(part.name() + " needs " + needed + ", which is not running: start both ("
                            + "./soc up " + needed + " " + part.name() + ")");
                }
            }
        }
    }

    /** The parts with every dependency before the parts that need it (dependencies do not form cycles). */
    private List<Part> inDependencyOrder(List<Part> toStart) {
        List<Part> ordered = new ArrayList<>();
        List<Part> left = new ArrayList<>(toStart);
        while (!left.isEmpty()) {
            Part next = left.stream().filter(p -> p.dependsOn().stream()
                    .allMatch(d -> ordered.stream().anyMatch(o -> o.name().equals(d))
                            || left.stream().noneMatch(l -> l.name().equals(d))))
                    .findFirst().orElseThrow(() -> new StackException("the parts' dependencies form a cycle: " + left));
            ordered.add(next);
            left.remove(next);
        }
        return ordered;
    }

    private void checkPortsFree(List<Part> toStart) {
        List<String> taken = new ArrayList<>();
        for (Part part : toStart) {
            for (Map.Entry<String, Integer> port : part.ports().entrySet()) {
                if (!Ports.isFree(port.getValue())) {
                    taken.add("port " + port.getValue() + " (" + part.name() + " " + port.getKey() + ") is already in use");
                }
            }
        }
        if (!taken.isEmpty()) {
            throw new StackException(String.join("\n", taken)
                    + "\nNothing was started. Stop what uses the port, or choose another port in the stack settings.");
        }
    }

    private void startAndAwait(Part part) {
        progress.accept("starting " + part.name());
        long started = System.nanoTime();
        try {
            part.start();
        } catch (RuntimeException e) {
            throw new StackException(part.name() + " could not be started: " + e.getMessage(), e);
        }
        long deadline = started + config.startupTimeout().toNanos();
        while (!part.healthy()) {
            if (part.process().running().isEmpty()) {
                throw new StackException(part.name() + " exited during start-up. Last lines of "
                        + part.logFile() + ":\n" + tail(part.logFile(), 25));
            }
            if (System.nanoTime() > deadline) {
                throw new StackException(part.name() + " was not healthy after " + config.startupTimeout().toSeconds()
                        + " s. Last lines of " + part.logFile() + ":\n" + tail(part.logFile(), 25));
            }
            sleep(500);
        }
        try {
            part.install();
        } catch (RuntimeException e) {
            throw new StackException(part.name() + " is up but setting it up failed: " + e.getMessage(), e);
        }
        progress.accept(String.format("%s is healthy (%.1f s)", part.name(), (System.nanoTime() - started) / 1e9));
    }

    /**
     * Stops every running part.
     *
     * @return the names of the parts that were running
     */
    public List<String> down() {
        List<Part> running = running();
        List<CompletableFuture<Void>> stops = new ArrayList<>();
        for (Part part : running) {
            stops.add(CompletableFuture.runAsync(() -> part.process().stop(Duration.ofSeconds(30))));
        }
        CompletableFuture.allOf(stops.toArray(CompletableFuture[]::new)).join();
        try {
            Files.deleteIfExists(config.stateDir().resolve(ENDPOINTS_FILE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return running.stream().map(Part::name).toList();
    }

    private void writeEndpoints() {
        Properties endpoints = new Properties();
        // Only the running parts: the test kit in reuse mode then says which part is not up.
        for (Part part : running()) {
            endpoints.putAll(part.endpoints());
        }
        endpoints.put("namespace", config.namespace().prefix());
        Path file = config.stateDir().resolve(ENDPOINTS_FILE);
        try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            endpoints.store(out, "Where the parts of the running stack listen; read by the test kit in reuse mode");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** Reads the endpoints file of a running stack, if there is one. */
    public static Optional<Properties> readEndpoints(Path stateDir) {
        Path file = stateDir.resolve(ENDPOINTS_FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Optional.of(p);
    }

    /** The last lines of a log file, for error messages. */
    public static String tail(Path file, int lines) {
        if (!Files.isRegularFile(file)) {
            return "(no log)";
        }
        try {
            List<String> all = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(cannot read the log: " + e.getMessage() + ")";
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("interrupted");
        }
    }
}
