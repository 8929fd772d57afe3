package vn.gov.moh.soc.stack.process;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One server process of the stack, known by its pid file. The process is the leader of its own
 * process group; stopping it stops the whole group.
 */
public final class ManagedProcess {
    private final String name;
    private final Path pidFile;

    public ManagedProcess(String name, Path pidFile) {
        this.name = name;
        this.pidFile = pidFile;
    }

    public String name() {
        return name;
    }

    /**
     * Starts the command in a new session, its output appended to the log file, and records
     * its pid.
     */
    public long start(List<String> command, Map<String, String> environment, Path workDir, Path logFile) {
        List<String> full = new ArrayList<>();
        full.add("setsid");
        full.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(full)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().putAll(environment);
        try {
            Files.createDirectories(pidFile.getParent());
            Process process = builder.start();
            ProcessHandle handle = process.toHandle();
            Instant started = handle.info().startInstant().orElse(Instant.EPOCH);
            Files.writeString(pidFile, handle.pid() + " " + started.toEpochMilli() + "\n", StandardCharsets.UTF_8);
            return handle.pid();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name + " (" + Commands.describe(command) + ")", e);
        }
    }

    /** The running process recorded in the pid file, if it is still the same process. */
    public Optional<ProcessHandle> running() {
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        String[] fields;
        try {
            fields = Files.readString(pidFile, StandardCharsets.UTF_8).trim().split("\\s+");
        } catch (IOException e) {
            return Optional.empty();
        }
        if (fields.length != 2) {
            return Optional.empty();
        }
        long pid = Long.parseLong(fields[0]);
        long startedMillis = Long.parseLong(fields[1]);
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(h -> h.info().startInstant().map(Instant::toEpochMilli)
                        .map(t -> startedMillis == 0 || Math.abs(t - startedMillis) < 2000)
                        .orElse(true));
    }

    /**
     * Stops the process group: SIGTERM, then SIGKILL for whatever is left after the grace time.
     *
     * @return true if something was running
     */
    public boolean stop(Duration grace) {
        Optional<ProcessHandle> handle = running();
        if (handle.isEmpty()) {
            deletePidFile();
            return false;
        }
        long group = handle.get().pid();
        signalGroup(group, "TERM");
        long deadline = System.nanoTime() + grace.toNanos();
        while (System.nanoTime() < deadline && !groupMembers(group).isEmpty()) {
            sleep(200);
        }
        if (!groupMembers(group).isEmpty()) {
            signalGroup(group, "KILL");
            long killDeadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (System.nanoTime() < killDeadline && !groupMembers(group).isEmpty()) {
                sleep(100);
            }
        }
        deletePidFile();
        return true;
    }

    /** The pids of the living processes in the given process group (Linux /proc). */
    public static List<Long> groupMembers(long processGroup) {
        List<Long> members = new ArrayList<>();
        try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
            entries.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .forEach(p -> readProcessGroup(p).ifPresent(pgrp -> {
                        if (pgrp == processGroup) {
                            members.add(Long.parseLong(p.getFileName().toString()));
                        }
                    }));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list /proc", e);
        }
        return members;
    }

    private static Optional<Long> readProcessGroup(Path procDir) {
        try {
            String stat = Files.readString(procDir.resolve("stat"), StandardCharsets.UTF_8);
            // pid (comm) state ppid pgrp ...; comm may contain spaces and parentheses.
            String[] after = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            if ("Z".equals(after[0])) {
                return Optional.empty();
            }
            return Optional.of(Long.parseLong(after[2]));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // the process ended while we looked
        }
    }

    private void signalGroup(long group, String signal) {
        try {
            Process kill = new ProcessBuilder("kill", "-s", signal, "--", "-" + group)
                    .redirectErrorStream(true).start();
            kill.getInputStream().readAllBytes();
            kill.waitFor();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot signal " + name, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void deletePidFile() {
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
