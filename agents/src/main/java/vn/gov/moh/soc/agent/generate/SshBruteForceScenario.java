package vn.gov.moh.soc.agent.generate;

import java.util.List;
import java.util.SplittableRandom;

/**
 * SSH password guessing from one external address against one account of an exposed server:
 * 10 to 17 failed passwords, 2 to 6 seconds apart (so at least 8 within 120 s), each connection
 * closed before authentication; optionally ({@code ssh-brute-force-success}) the guess finally
 * works and a session opens.
 */
final class SshBruteForceScenario implements Scenario {
    private static final String[] TARGETS = {"bastion-01", "his-web-01", "his-web-02", "fhir-gw-01"};
    private final boolean succeeds;

    SshBruteForceScenario(boolean succeeds) {
        this.succeeds = succeeds;
    }

    @Override
    public ScenarioPlan plan(ScenarioContext c) {
        SplittableRandom rng = c.rng();
        HospitalUnit u = c.unit();
        Host host = u.linuxServer(TARGETS[rng.nextInt(TARGETS.length)]);
        String ip = Addresses.attacker(rng);
        Staff admin = u.staff(StaffRole.IT_ADMIN).get(rng.nextInt(u.staff(StaffRole.IT_ADMIN).size()));
        String user;
        boolean invalid;
        if (succeeds) {
            user = admin.account();
            invalid = false;
        } else {
            invalid = rng.nextInt(5) < 2;
            user = invalid ? (rng.nextBoolean() ? "admin" : "oracle") : "root";
        }
        ScenarioPlan.Builder plan = new ScenarioPlan.Builder();
        int attempts = 10 + rng.nextInt(8);
        double t = 0;
        int pid = 0;
        int port = 0;
        for (int i = 0; i < attempts; i++) {
            if (i % 3 == 0) {
                // A new connection every three attempts, as password-guessing tools do.
                if (i > 0) {
                    int closedPid = pid;
                    int closedPort = port;
                    plan.add(c.at(t + 0.2), TelemetryStream.AUTH, (sb, f, n) ->
                            f.auth.connectionClosedPreauth(sb, n, host, closedPid, user, invalid, ip, closedPort));
                    t += 0.5 + rng.nextDouble();
                }
                pid = 20_000 + rng.nextInt(3_000_000);
                port = 32768 + rng.nextInt(28000);
                int p = pid;
                int pt = port;
                if (invalid) {
                    plan.add(c.at(t), TelemetryStream.AUTH, (sb, f, n) -> f.auth.invalidUser(sb, n, host, p, user, ip, pt));
                }
            }
            int p = pid;
            int pt = port;
            if (!invalid) {
                plan.add(c.at(t), TelemetryStream.AUTH, (sb, f, n) -> f.auth.pamAuthFailure(sb, n, host, p, ip, user));
            }
            t += 1.8 + rng.nextDouble() * 0.6;
            plan.add(c.at(t), TelemetryStream.AUTH, (sb, f, n) -> f.auth.failedPassword(sb, n, host, p, user, invalid, ip, pt));
            t += 0.5 + rng.nextDouble() * 3;
        }
        int lastPid = pid;
        int lastPort = port;
        plan.add(c.at(t), TelemetryStream.AUTH, (sb, f, n) ->
                f.auth.connectionClosedPreauth(sb, n, host, lastPid, user, invalid, ip, lastPort));
        if (succeeds) {
            t += 3 + rng.nextDouble() * 5;
            int p = 20_000 + rng.nextInt(3_000_000);
            int pt = 32768 + rng.nextInt(28000);
            int session = 4000 + rng.nextInt(5000);
            plan.add(c.at(t), TelemetryStream.AUTH, (sb, f, n) -> f.auth.accepted(sb, n, host, p, user, ip, pt, null));
            plan.add(c.at(t + 0.01), TelemetryStream.AUTH, (sb, f, n) ->
                    f.auth.sessionOpened(sb, n, host, "sshd", p, "sshd", user, admin.rid(), null, 0));
            plan.add(c.at(t + 0.03), TelemetryStream.AUTH, (sb, f, n) ->
                    f.auth.newSession(sb, n, host, 700 + Stable.below(Stable.hash(host.fqdn()), 300), session, user));
        }
        return plan.build(c, ip, user, host.fqdn(), List.of());
    }
}
