package vn.gov.moh.soc.agent.generate;

/**
 * The lines of sshd, pam_unix, sudo, cron and systemd-logind in RFC 3164 form as rsyslog writes
 * them to {@code /var/log/auth.log}: {@code Nov 21 10:00:00 host program[pid]: message}. Each
 * method appends one whole line, without the line break.
 */
final class SyslogAuthFormat {
    private final TimeText time;

    SyslogAuthFormat(TimeText time) {
        this.time = time;
    }

    /** {@code Nov 21 10:00:00 host program[pid]: }; a pid of 0 leaves out the brackets. */
    StringBuilder header(StringBuilder sb, long nanos, Host host, String program, int pid) {
        time.syslog(sb, nanos);
        sb.append(' ').append(host.fqdn()).append(' ').append(program);
        if (pid > 0) {
            sb.append('[').append(pid).append(']');
        }
        return sb.append(": ");
    }

    void failedPassword(StringBuilder sb, long nanos, Host host, int pid, String user, boolean invalid, String ip,
            int port) {
        header(sb, nanos, host, "sshd", pid).append("Failed password for ");
        if (invalid) {
            sb.append("invalid user ");
        }
        sb.append(user).append(" from ").append(ip).append(" port ").append(port).append(" ssh2");
    }

    void invalidUser(StringBuilder sb, long nanos, Host host, int pid, String user, String ip, int port) {
        header(sb, nanos, host, "sshd", pid).append("Invalid user ").append(user).append(" from ").append(ip)
                .append(" port ").append(port);
    }

    /** {@code Accepted publickey for u from ip port p ssh2: RSA SHA256:...} or {@code Accepted password ...}. */
    void accepted(StringBuilder sb, long nanos, Host host, int pid, String user, String ip, int port,
            String keyFingerprint) {
        header(sb, nanos, host, "sshd", pid).append("Accepted ").append(keyFingerprint == null ? "password" : "publickey")
                .append(" for ").append(user).append(" from ").append(ip).append(" port ").append(port).append(" ssh2");
        if (keyFingerprint != null) {
            sb.append(": ED25519 SHA256:").append(keyFingerprint);
        }
    }

    void pamAuthFailure(StringBuilder sb, long nanos, Host host, int pid, String ip, String user) {
        header(sb, nanos, host, "sshd", pid)
                .append("pam_unix(sshd:auth): authentication failure; logname= uid=0 euid=0 tty=ssh ruser= rhost=")
                .append(ip);
        if (user != null) {
            sb.append("  user=").append(user);
        }
    }

    /** {@code pam_unix(service:session): session opened for user u(uid=n) by by(uid=m)}. */
    void sessionOpened(StringBuilder sb, long nanos, Host host, String program, int pid, String service, String user,
            int uid, String by, int byUid) {
        header(sb, nanos, host, program, pid).append("pam_unix(").append(service)
                .append(":session): session opened for user ").append(user).append("(uid=").append(uid).append(") by ");
        if (by != null) {
            sb.append(by);
        }
        sb.append("(uid=").append(byUid).append(')');
    }

    void sessionClosed(StringBuilder sb, long nanos, Host host, String program, int pid, String service, String user) {
        header(sb, nanos, host, program, pid).append("pam_unix(").append(service)
                .append(":session): session closed for user ").append(user);
    }

    void newSession(StringBuilder sb, long nanos, Host host, int logindPid, int session, String user) {
        header(sb, nanos, host, "systemd-logind", logindPid).append("New session ").append(session).append(" of user ")
                .append(user).append('.');
    }

    void receivedDisconnect(StringBuilder sb, long nanos, Host host, int pid, String ip, int port) {
        header(sb, nanos, host, "sshd", pid).append("Received disconnect from ").append(ip).append(" port ").append(port)
                .append(":11: disconnected by user");
    }

    void disconnected(StringBuilder sb, long nanos, Host host, int pid, String user, String ip, int port) {
        header(sb, nanos, host, "sshd", pid).append("Disconnected from user ").append(user).append(' ').append(ip)
                .append(" port ").append(port);
    }

    void connectionClosedPreauth(StringBuilder sb, long nanos, Host host, int pid, String user, boolean invalid,
            String ip, int port) {
        header(sb, nanos, host, "sshd", pid).append("Connection closed by ")
                .append(invalid ? "invalid user " : "authenticating user ").append(user).append(' ').append(ip)
                .append(" port ").append(port).append(" [preauth]");
    }

    /** {@code sudo: user : TTY=pts/0 ; PWD=... ; USER=root ; COMMAND=...}. */
    void sudo(StringBuilder sb, long nanos, Host host, String user, int tty, String command) {
        header(sb, nanos, host, "sudo", 0).append(user).append(" : TTY=pts/").append(tty).append(" ; PWD=/home/")
                .append(user).append(" ; USER=root ; COMMAND=").append(command);
    }
}
