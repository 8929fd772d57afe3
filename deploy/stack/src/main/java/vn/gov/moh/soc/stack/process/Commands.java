package vn.gov.moh.soc.stack.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a short command to completion and returns what it printed. */
public final class Commands {
    private Commands() {
    }

    /** The result of a finished command. */
    public record Result(int exitCode, String output) {
        public boolean ok() {
            return exitCode == 0;
        }
    }

    public static Result run(List<String> command, long timeoutSeconds) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getOutputStream().close();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Result(-1, "timed out after " + timeoutSeconds + " s: " + describe(command));
            }
            return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + describe(command), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(-1, "interrupted");
        }
    }

    /** Runs the command and fails with its output if it exits non-zero. */
    public static String check(List<String> command, long timeoutSeconds) {
        Result r = run(command, timeoutSeconds);
        if (!r.ok()) {
            throw new IllegalStateException(describe(command) + " failed (exit " + r.exitCode() + "): "
                    + r.output().trim());
        }
        return r.output();
    }

    /** The command for a message, with a class path shortened to its length. */
    public static String describe(List<String> command) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < command.size(); i++) {
            String word = command.get(i);
            if (i > 0 && (command.get(i - 1).equals("-cp") || command.get(i - 1).equals("-classpath"))) {
                word = "<" + word.split(java.io.File.pathSeparator).length + " jars>";
            }
            text.append(i == 0 ? "" : " ").append(word);
        }
        return text.toString();
    }
}
