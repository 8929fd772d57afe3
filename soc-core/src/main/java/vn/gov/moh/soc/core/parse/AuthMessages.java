package vn.gov.moh.soc.core.parse;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gov.moh.soc.core.event.Event;

/**
 * The authentication messages of sshd, pam_unix, sudo and su, turned into ECS:
 * {@code event.category} authentication, {@code event.action}, {@code event.outcome},
 * {@code user.name}, {@code source.ip}, {@code source.port}. Unknown messages are left as they are.
 *
 * <p>Only {@code ssh_login} failures ("Failed password for ...") count attempts: sshd writes
 * one per try, while the other failure messages (PAM's echo, "Invalid user", the disconnect
 * after a failure) accompany them, so correlations that count attempts must count only these.
 * Lines that name a user that does not exist carry {@code ssh.invalid_user: true}.
 */
final class AuthMessages {
    private static final Pattern SSH_FAILED = Pattern.compile(
            "^(?:message repeated (\\d{1,9}) times: \\[ )?Failed (\\S+) for (invalid user )?(.*?) from (\\S+) port (\\d+)");
    private static final Pattern SSH_ACCEPTED = Pattern.compile("^Accepted (\\S+) for (\\S+) from (\\S+) port (\\d+)");
    private static final Pattern SSH_INVALID_USER = Pattern.compile("^Invalid user (.*?) from (\\S+)(?: port (\\d+))?$");
    private static final Pattern SSH_POSTPONED = Pattern.compile(
            "^Postponed (\\S+) for (invalid user )?(.*?) from (\\S+) port (\\d+)");
    private static final Pattern SSH_PAM_ERROR = Pattern.compile("^error: PAM: (.+?) for (illegal user )?(\\S*) from (\\S+)$");
    private static final Pattern SSH_MAX_ATTEMPTS = Pattern.compile(
            "^error: maximum authentication attempts exceeded for (invalid user )?(.*?) from (\\S+) port (\\d+)");
    private static final Pattern SSH_DENIED = Pattern.compile("^User (\\S+) from (\\S+) not allowed because (.+)$");
    private static final Pattern SSH_DISCONNECT_INVALID = Pattern.compile(
            "^(?:Disconnected from|Disconnecting|Connection closed by|Connection reset by) invalid user (\\S*) (\\S+) port (\\d+)");
    private static final Pattern SSH_NO_IDENTIFICATION = Pattern.compile(
            "^Did not receive identification string from (\\S+)(?: port (\\d+))?");
    private static final Pattern SSH_BAD_PROTOCOL = Pattern.compile(
            "^(?:Bad protocol version identification '.*' from (\\S+)(?: port (\\d+))?"
                    + "|banner exchange: Connection from (\\S+) port (\\d+): (?:invalid format|could not read protocol version))");
    private static final Pattern PAM_FAILURE = Pattern.compile(
            "^(?:pam_unix\\(([^:]+):auth\\): )?(?:(\\d{1,9}) more )?authentication failures?;(.*)$");
    private static final Pattern PAM_UNKNOWN_USER = Pattern.compile("^(?:pam_unix\\(([^:]+):auth\\): )?check pass; user unknown$");
    private static final Pattern PAM_SESSION = Pattern.compile(
            "^(?:pam_unix\\(([^:]+):session\\): )?session (opened|closed) for user (\\S+)");
    private static final Pattern PAM_ITEM = Pattern.compile("(\\w+)=(\\S*)");
    private static final Pattern SUDO = Pattern.compile(
            "^\\s*(\\S+) : (?:(?:(\\d{1,9}) incorrect password attempts?|(user NOT in sudoers|user NOT authorized on host"
                    + "|command not allowed|a password is required)) ; )?TTY=(\\S+) ; PWD=(.*?) ; USER=(\\S+) ;"
                    + "(?: \\w+=\\S* ;)* COMMAND=(.*)$");
    private static final Pattern SU = Pattern.compile("^(?:\\(to (\\S+)\\) (\\S+) on \\S+|FAILED SU \\(to (\\S+)\\) (\\S+) on \\S+)");
    /** The su of older Unix systems: {@code BAD SU ger to root on /dev/ttyp0}, {@code dcid to root on /dev/ttyp1}. */
    private static final Pattern SU_BSD = Pattern.compile("^(BAD SU )?(\\S+) to (\\S+) on \\S+$");
    /** Shadow's su: {@code failed: ttyq4 changing from ldap to root}. */
    private static final Pattern SU_SHADOW_FAILED = Pattern.compile("^failed: \\S+ changing from (\\S+) to (\\S+)$");

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
            default -> pam(e, msg, service);
        }
    }

    private static void sshd(Event e, String msg) {
        Matcher m = SSH_FAILED.matcher(msg);
        if (m.find()) {
            auth(e, "ssh_login", "failure");
            user(e, m.group(4), m.group(3) != null);
            source(e, m.group(5), m.group(6));
            e.put("ssh.method", m.group(2));
            if (m.group(1) != null) {
                e.put("event.repeated", Long.parseLong(m.group(1)));
            }
        } else if ((m = SSH_ACCEPTED.matcher(msg)).find()) {
            auth(e, "ssh_login", "success");
            e.put("user.name", m.group(2));
            source(e, m.group(3), m.group(4));
            e.put("ssh.method", m.group(1));
        } else if ((m = SSH_INVALID_USER.matcher(msg)).find()) {
            auth(e, "ssh_invalid_user", "failure");
            user(e, m.group(1), true);
            source(e, m.group(2), m.group(3));
        } else if ((m = SSH_POSTPONED.matcher(msg)).find()) {
            // A user that does not exist cannot log in whatever follows; for others the outcome is still open.
            boolean invalid = m.group(2) != null;
            auth(e, "ssh_login_postponed", invalid ? "failure" : "unknown");
            user(e, m.group(3), invalid);
            source(e, m.group(4), m.group(5));
            e.put("ssh.method", m.group(1));
        } else if ((m = SSH_PAM_ERROR.matcher(msg)).find()) {
            auth(e, "ssh_pam_error", "failure");
            e.put("error.message", m.group(1));
            user(e, m.group(3), m.group(2) != null);
            source(e, m.group(4), null);
        } else if ((m = SSH_MAX_ATTEMPTS.matcher(msg)).find()) {
            auth(e, "ssh_max_auth_attempts", "failure");
            user(e, m.group(2), m.group(1) != null);
            source(e, m.group(3), m.group(4));
        } else if ((m = SSH_DENIED.matcher(msg)).find()) {
            auth(e, "ssh_user_denied", "failure");
            e.put("user.name", m.group(1));
            source(e, m.group(2), null);
            e.put("event.reason", m.group(3));
        } else if ((m = SSH_DISCONNECT_INVALID.matcher(msg)).find()) {
            auth(e, "ssh_disconnect", "failure");
            user(e, m.group(1), true);
            source(e, m.group(2), m.group(3));
        } else if ((m = SSH_NO_IDENTIFICATION.matcher(msg)).find()) {
            probe(e, "ssh_no_identification", m.group(1), m.group(2));
        } else if ((m = SSH_BAD_PROTOCOL.matcher(msg)).find()) {
            probe(e, "ssh_bad_protocol_version", m.group(1) != null ? m.group(1) : m.group(3),
                    m.group(1) != null ? m.group(2) : m.group(4));
        } else {
            pam(e, msg, "sshd");
        }
    }

    /** A connection that never spoke SSH: port scanners and banner grabbers. */
    private static void probe(Event e, String action, String ip, String port) {
        e.put("event.category", List.of("network"));
        e.put("event.action", action);
        source(e, ip, port);
    }

    private static void pam(Event e, String msg, String program) {
        Matcher m = PAM_FAILURE.matcher(msg);
        if (m.find()) {
            auth(e, "pam_auth", "failure");
            e.put("pam.service", m.group(1) != null ? m.group(1) : program);
            if (m.group(2) != null) {
                e.put("event.repeated", Long.parseLong(m.group(2)));
            }
            Matcher item = PAM_ITEM.matcher(m.group(3));
            while (item.find()) {
                String value = item.group(2);
                if (value.isEmpty()) {
                    continue;
                }
                switch (item.group(1)) {
                    case "rhost" -> source(e, value, null);
                    case "user" -> e.put("user.name", value);
                    case "ruser" -> e.put("pam.ruser", value);
                    case "tty" -> e.put("pam.tty", value);
                    default -> { }
                }
            }
        } else if ((m = PAM_UNKNOWN_USER.matcher(msg)).find()) {
            auth(e, "pam_auth", "failure");
            e.put("pam.service", m.group(1) != null ? m.group(1) : program);
            e.put("pam.unknown_user", true);
        } else if ((m = PAM_SESSION.matcher(msg)).find()) {
            e.put("event.category", List.of("session"));
            e.put("event.action", "session_" + m.group(2));
            e.put("pam.service", m.group(1) != null ? m.group(1) : program);
            e.put("user.name", m.group(3));
        }
    }

    private static void sudo(Event e, String msg) {
        Matcher m = SUDO.matcher(msg);
        if (m.find()) {
            boolean failed = m.group(2) != null || m.group(3) != null;
            e.put("event.category", List.of("process"));
            e.put("event.action", "sudo");
            e.put("event.outcome", failed ? "failure" : "success");
            if (m.group(2) != null) {
                e.put("sudo.incorrect_password_attempts", Long.parseLong(m.group(2)));
                e.put("event.reason", "incorrect password");
            } else if (m.group(3) != null) {
                e.put("event.reason", m.group(3));
            }
            e.put("user.name", m.group(1));
            e.put("user.effective.name", m.group(6));
            e.put("process.working_directory", m.group(5));
            e.put("process.command_line", m.group(7));
            return;
        }
        pam(e, msg, "sudo");
    }

    private static void su(Event e, String msg) {
        Matcher m = SU.matcher(msg);
        if (m.find()) {
            boolean failed = m.group(3) != null;
            auth(e, "su", failed ? "failure" : "success");
            e.put("user.effective.name", failed ? m.group(3) : m.group(1));
            e.put("user.name", failed ? m.group(4) : m.group(2));
        } else if ((m = SU_BSD.matcher(msg)).find()) {
            auth(e, "su", m.group(1) != null ? "failure" : "success");
            e.put("user.name", m.group(2));
            e.put("user.effective.name", m.group(3));
        } else if ((m = SU_SHADOW_FAILED.matcher(msg)).find()) {
            auth(e, "su", "failure");
            e.put("user.name", m.group(1));
            e.put("user.effective.name", m.group(2));
        } else {
            pam(e, msg, "su");
        }
    }

    private static void auth(Event e, String action, String outcome) {
        e.put("event.category", List.of("authentication"));
        e.put("event.action", action);
        e.put("event.outcome", outcome);
    }

    private static void user(Event e, String name, boolean invalid) {
        if (!name.isEmpty()) {
            e.put("user.name", name);
        }
        if (invalid) {
            e.put("ssh.invalid_user", true);
        }
    }

    private static void source(Event e, String ip, String port) {
        Addresses.source(e, ip);
        if (port != null && port.length() <= 5) {
            e.put("source.port", Long.parseLong(port));
        }
    }
}
