package vn.gov.moh.soc.core.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gov.moh.soc.core.event.Event;

/**
 * The authentication messages of sshd, pam_unix, sudo and su, turned into ECS:
 * {@code event.category} authentication, {@code event.action}, {@code event.outcome},
 * {@code user.name}, {@code source.ip}, {@code source.port}. Unknown messages are left as they are.
 */
final class AuthMessages {
    private static final Pattern SSH_FAILED = Pattern.compile(
            "^(?:message repeated (\\d+) times: \\[ )?Failed (\\S+) for (invalid user )?(.*?) from (\\S+) port (\\d+)");
    private static final Pattern SSH_ACCEPTED = Pattern.compile("^Accepted (\\S+) for (\\S+) from (\\S+) port (\\d+)");
    private static final Pattern SSH_INVALID_USER = Pattern.compile("^Invalid user (.*?) from (\\S+)(?: port (\\d+))?$");
    private static final Pattern PAM_FAILURE = Pattern.compile(
            "^pam_unix\\(([^:]+):auth\\): authentication failure;.*?rhost=(\\S*)(?:\\s+user=(\\S+))?");
    private static final Pattern PAM_SESSION = Pattern.compile(
            "^pam_unix\\(([^:]+):session\\): session (opened|closed) for user (\\S+)");
    private static final Pattern SUDO = Pattern.compile(
            "^\\s*(\\S+) : (?:(\\d+) incorrect password attempts? ; )?TTY=(\\S+) ; PWD=(.*?) ; USER=(\\S+) ; COMMAND=(.*)$");
    private static final Pattern SU = Pattern.compile("^(?:\\(to (\\S+)\\) (\\S+) on \\S+|FAILED SU \\(to (\\S+)\\) (\\S+) on \\S+)");

    private AuthMessages() {
    }

    static void enrich(Event e, String service) {
        String msg = e.text("message");
        if (msg == null || service == null) {
            return;
        }
        switch (service) {
            case "sshd" -> sshd(e, msg);
            case "sudo" -> sudo(e, msg);
            case "su" -> su(e, msg);
            default -> pam(e, msg);
        }
    }

    private static void sshd(Event e, String msg) {
        Matcher m = SSH_FAILED.matcher(msg);
        if (m.find()) {
            auth(e, "ssh_login", "failure");
            e.put("user.name", m.group(4));
            source(e, m.group(5), m.group(6));
            e.put("ssh.method", m.group(2));
            if (m.group(3) != null) {
                e.put("ssh.invalid_user", true);
            }
            if (m.group(1) != null) {
                e.put("event.repeated", Long.parseLong(m.group(1)));
            }
            return;
        }
        m = SSH_ACCEPTED.matcher(msg);
        if (m.find()) {
            auth(e, "ssh_login", "success");
            e.put("user.name", m.group(2));
            source(e, m.group(3), m.group(4));
            e.put("ssh.method", m.group(1));
            return;
        }
        m = SSH_INVALID_USER.matcher(msg);
        if (m.find()) {
            auth(e, "ssh_invalid_user", "failure");
            e.put("user.name", m.group(1));
            source(e, m.group(2), m.group(3));
            return;
        }
        pam(e, msg);
    }

    private static void pam(Event e, String msg) {
        Matcher m = PAM_FAILURE.matcher(msg);
        if (m.find()) {
            auth(e, "pam_auth", "failure");
            e.put("pam.service", m.group(1));
            if (!m.group(2).isEmpty()) {
                source(e, m.group(2), null);
            }
            if (m.group(3) != null) {
                e.put("user.name", m.group(3));
            }
            return;
        }
        m = PAM_SESSION.matcher(msg);
        if (m.find()) {
            e.put("event.category", java.util.List.of("session"));
            e.put("event.action", "session_" + m.group(2));
            e.put("pam.service", m.group(1));
            e.put("user.name", m.group(3));
        }
    }

    private static void sudo(Event e, String msg) {
        Matcher m = SUDO.matcher(msg);
        if (m.find()) {
            boolean failed = m.group(2) != null;
            e.put("event.category", java.util.List.of("process"));
            e.put("event.action", "sudo");
            e.put("event.outcome", failed ? "failure" : "success");
            e.put("user.name", m.group(1));
            e.put("user.effective.name", m.group(5));
            e.put("process.working_directory", m.group(4));
            e.put("process.command_line", m.group(6));
            return;
        }
        pam(e, msg);
    }

    private static void su(Event e, String msg) {
        Matcher m = SU.matcher(msg);
        if (m.find()) {
            boolean failed = m.group(3) != null;
            auth(e, "su", failed ? "failure" : "success");
            e.put("user.effective.name", failed ? m.group(3) : m.group(1));
            e.put("user.name", failed ? m.group(4) : m.group(2));
            return;
        }
        pam(e, msg);
    }

    private static void auth(Event e, String action, String outcome) {
        e.put("event.category", java.util.List.of("authentication"));
        e.put("event.action", action);
        e.put("event.outcome", outcome);
    }

    private static void source(Event e, String ip, String port) {
        e.put("source.ip", ip);
        if (port != null) {
            e.put("source.port", Long.parseLong(port));
        }
    }
}
