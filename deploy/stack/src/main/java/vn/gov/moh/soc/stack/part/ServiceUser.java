package vn.gov.moh.soc.stack.part;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.gov.moh.soc.stack.process.Commands;

/**
 * The unprivileged system user that runs a server which refuses root (Elasticsearch, PostgreSQL)
 * when the launcher itself runs as root. Created on first use; owns the part's folder.
 */
final class ServiceUser {
    private final String name;

    ServiceUser(String name) {
        this.name = name;
    }

    static boolean launcherIsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /**
     * Creates the user if needed, gives it the folder, and checks that it can reach {@code probe}
     * (an executable under the folder or elsewhere), failing with advice about the state folder.
     */
    void takeOver(Path dir, Path probe, String server) {
        if (!Commands.run(List.of("id", "-u", name), 10).ok()) {
            Commands.check(List.of("useradd", "--system", "--user-group", "--no-create-home",
                    "--home-dir", "/nonexistent", "--shell", "/usr/sbin/nologin", name), 30);
        }
        Commands.check(List.of("chown", "-R", name + ":" + name, dir.toString()), 120);
        if (!Commands.run(asUser(List.of("test", "-x", probe.toString())), 10).ok()) {
            throw new IllegalStateException(server + " runs as user '" + name + "', who cannot reach "
                    + probe + ": a folder above it is closed to other users. Put the stack's state folder"
                    + " (setting state.dir) under a path every user can traverse.");
        }
    }

    /** The command run as this user when the launcher is root; unchanged otherwise. */
    List<String> asUser(List<String> command) {
        if (!launcherIsRoot()) {
            return command;
        }
        List<String> full = new ArrayList<>(List.of("setpriv", "--reuid=" + name, "--regid=" + name, "--init-groups", "--"));
        full.addAll(command);
        return full;
    }
}
