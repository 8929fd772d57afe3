package vn.gov.moh.soc.agent.generate;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

/**
 * Normal authentication on the units' Linux servers: administrators logging in over SSH from
 * their workstations (sessions opened and closed), service accounts, sudo, cron sessions, and now
 * and then a mistyped password followed by a success.
 *
 * <p>No normal traffic ever raises the SSH correlations: a source address fails at most once per
 * ten minutes of generated time, whatever the rate (the brute-force, spraying and
 * success-after-failures rules need five or more failures from one source).
 */
final class AuthTraffic implements Traffic {
    private static final long FAILURE_SPACING_NANOS = 11 * 60 * 1_000_000_000L;
    private static final String[] SUDO_COMMANDS = {"/usr/bin/systemctl restart his-api",
        "/usr/bin/systemctl status nginx", "/usr/bin/journalctl -u his-api --since today",
        "/usr/bin/tail -n 200 /var/log/nginx/error.log", "/usr/bin/apt-get update", "/usr/sbin/ufw status verbose",
        "/usr/bin/df -h", "/usr/bin/docker ps", "/usr/bin/systemctl reload nginx", "/usr/bin/du -sh /var/lib/postgresql",
        "/usr/bin/certbot renew --dry-run", "/usr/bin/systemctl restart fhir-gateway"};
    private static final String[] SERVICE_ACCOUNTS = {"backup", "deploy", "zabbix"};

    /** A line that belongs to something already started (a session's later lines), due at a time. */
    private record FollowUp(long due, long order, int kind, Host host, String user, int uid, int pid, String ip, int port) {
    }

    /** Follow-ups kept per unit; beyond this the earliest is written ahead of its time (bounded memory at high rates). */
    private static final int MAX_PENDING = 256;
    private static final long SECOND = 1_000_000_000L;

    private static final int SESSION_OPENED = 0;
    private static final int NEW_SESSION = 1;
    private static final int RECEIVED_DISCONNECT = 2;
    private static final int DISCONNECTED = 3;
    private static final int SESSION_CLOSED = 4;
    private static final int SUDO_OPENED = 5;
    private static final int SUDO_CLOSED = 6;
    private static final int CRON_CLOSED = 7;
    private static final int ACCEPTED_PASSWORD = 8;

    private final HospitalUnit[] units;
    private final SyslogAuthFormat format;
    private final List<PriorityQueue<FollowUp>> pending;
    private long order;
    private final List<Map<String, Long>> lastFailure;
    private final Map<String, String> fingerprints = new HashMap<>();
    private int logindSession = 1200;

    AuthTraffic(List<HospitalUnit> units, Formats formats) {
        this.units = units.toArray(new HospitalUnit[0]);
        this.format = formats.auth;
        this.pending = units.stream().map(u -> new PriorityQueue<FollowUp>(
                Comparator.comparingLong(FollowUp::due).thenComparingLong(FollowUp::order))).toList();
        this.lastFailure = units.stream().map(u -> (Map<String, Long>) new HashMap<String, Long>()).toList();
    }

    @Override
    public void next(StringBuilder sb, int unit, long nanos, int localHour, SplittableRandom rng) {
        PriorityQueue<FollowUp> queue = pending.get(unit);
        if (!queue.isEmpty() && (queue.peek().due() <= nanos || queue.size() > MAX_PENDING)) {
            followUp(sb, nanos, queue.poll(), queue);
            return;
        }
        HospitalUnit u = units[unit];
        List<Host> servers = u.linuxServers();
        Host server = servers.get(rng.nextInt(servers.size()));
        int r = rng.nextInt(100);
        if (r < 40) {
            Staff admin = pickAdmin(u, rng);
            if (r < 6 && mayFail(unit, admin.ip(), nanos)) {
                int pid = pid(rng);
                int port = 49152 + rng.nextInt(16000);
                format.failedPassword(sb, nanos, server, pid, admin.account(), false, admin.ip(), port);
                later(queue, nanos + 4 * SECOND + rng.nextInt(8) * SECOND, ACCEPTED_PASSWORD, server, admin.account(),
                        admin.rid(), pid, admin.ip(), port);
                return;
            }
            login(sb, nanos, queue, server, admin.account(), admin.rid(), admin.ip(), rng);
        } else if (r < 50) {
            String account = SERVICE_ACCOUNTS[rng.nextInt(SERVICE_ACCOUNTS.length)];
            Host from = account.equals("backup") ? u.linuxServer("backup-01") : u.linuxServer("bastion-01");
            login(sb, nanos, queue, server, account, 990 + account.length(), from.ip(), rng);
        } else if (r < 72) {
            Staff admin = pickAdmin(u, rng);
            int pid = pid(rng);
            format.sudo(sb, nanos, server, admin.account(), rng.nextInt(4), SUDO_COMMANDS[rng.nextInt(SUDO_COMMANDS.length)]);
            later(queue, nanos, SUDO_OPENED, server, admin.account(), admin.rid(), pid, null, 0);
        } else {
            int pid = pid(rng);
            format.sessionOpened(sb, nanos, server, "CRON", pid, "cron", "root", 0, null, 0);
            later(queue, nanos + rng.nextInt(30) * SECOND, CRON_CLOSED, server, "root", 0, pid, null, 0);
        }
    }

    private static Staff pickAdmin(HospitalUnit u, SplittableRandom rng) {
        List<Staff> admins = u.staff(StaffRole.IT_ADMIN);
        return admins.get(rng.nextInt(admins.size()));
    }

    /** True, and remembered, if this source has not failed in the last ten minutes. */
    private boolean mayFail(int unit, String ip, long nanos) {
        Map<String, Long> last = lastFailure.get(unit);
        Long before = last.get(ip);
        if (before != null && nanos - before < FAILURE_SPACING_NANOS) {
            return false;
        }
        last.put(ip, nanos);
        return true;
    }

    private void later(PriorityQueue<FollowUp> queue, long due, int kind, Host host, String user, int uid, int pid,
            String ip, int port) {
        queue.add(new FollowUp(due, order++, kind, host, user, uid, pid, ip, port));
    }

    private void login(StringBuilder sb, long nanos, PriorityQueue<FollowUp> queue, Host server, String user, int uid,
            String ip, SplittableRandom rng) {
        int pid = pid(rng);
        int port = 49152 + rng.nextInt(16000);
        format.accepted(sb, nanos, server, pid, user, ip, port, fingerprint(user));
        later(queue, nanos, SESSION_OPENED, server, user, uid, pid, ip, port);
        // The session lasts from a minute to about an hour.
        later(queue, nanos + (60 + rng.nextInt(3600)) * SECOND, RECEIVED_DISCONNECT, server, user, uid, pid, ip, port);
    }

    /** Writes a follow-up; the ones that lead to more lines queue them (at the same time, so in order). */
    private void followUp(StringBuilder sb, long nanos, FollowUp f, PriorityQueue<FollowUp> queue) {
        switch (f.kind) {
            case ACCEPTED_PASSWORD -> {
                format.accepted(sb, nanos, f.host, f.pid, f.user, f.ip, f.port, null);
                later(queue, nanos, SESSION_OPENED, f.host, f.user, f.uid, f.pid, f.ip, f.port);
                later(queue, nanos + 300 * SECOND, RECEIVED_DISCONNECT, f.host, f.user, f.uid, f.pid, f.ip, f.port);
            }
            case SESSION_OPENED -> {
                format.sessionOpened(sb, nanos, f.host, "sshd", f.pid, "sshd", f.user, f.uid, null, 0);
                later(queue, nanos, NEW_SESSION, f.host, f.user, f.uid, f.pid, f.ip, f.port);
            }
            case NEW_SESSION -> format.newSession(sb, nanos, f.host, 700 + Stable.below(Stable.hash(f.host.fqdn()), 300),
                    logindSession++, f.user);
            case RECEIVED_DISCONNECT -> {
                format.receivedDisconnect(sb, nanos, f.host, f.pid, f.ip, f.port);
                later(queue, nanos, DISCONNECTED, f.host, f.user, f.uid, f.pid, f.ip, f.port);
            }
            case DISCONNECTED -> {
                format.disconnected(sb, nanos, f.host, f.pid, f.user, f.ip, f.port);
                later(queue, nanos, SESSION_CLOSED, f.host, f.user, f.uid, f.pid, f.ip, f.port);
            }
            case SESSION_CLOSED -> format.sessionClosed(sb, nanos, f.host, "sshd", f.pid, "sshd", f.user);
            case SUDO_OPENED -> {
                format.sessionOpened(sb, nanos, f.host, "sudo", 0, "sudo", "root", 0, f.user, f.uid);
                later(queue, nanos, SUDO_CLOSED, f.host, f.user, f.uid, f.pid, null, 0);
            }
            case SUDO_CLOSED -> format.sessionClosed(sb, nanos, f.host, "sudo", 0, "sudo", "root");
            case CRON_CLOSED -> format.sessionClosed(sb, nanos, f.host, "CRON", f.pid, "cron", "root");
            default -> throw new IllegalStateException("follow-up " + f.kind);
        }
    }

    private static int pid(SplittableRandom rng) {
        return 1000 + rng.nextInt(4_000_000);
    }

    /** The SHA256 fingerprint of an account's ED25519 key: 43 base64 characters, stable per account. */
    private String fingerprint(String account) {
        return fingerprints.computeIfAbsent(account, a -> {
            byte[] digest = new byte[32];
            new SplittableRandom(Stable.hash(a + "#ed25519")).nextBytes(digest);
            return java.util.Base64.getEncoder().withoutPadding().encodeToString(digest);
        });
    }
}
