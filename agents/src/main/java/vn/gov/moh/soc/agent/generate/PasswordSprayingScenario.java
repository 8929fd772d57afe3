package vn.gov.moh.soc.agent.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * SSH password spraying: one external address tries one password for each of 6 to 8 accounts
 * (the unit's administrators and common names), 35 to 55 seconds apart, so slowly that the
 * brute-force rule (8 in 120 s) stays silent while the spraying rule (5 users in 10 min) fires.
 */
final class PasswordSprayingScenario implements Scenario {
    private static final String[] COMMON = {"admin", "test", "his", "ubuntu", "guest", "support", "ketoan"};

    @Override
    public ScenarioPlan plan(ScenarioContext c) {
        SplittableRandom rng = c.rng();
        HospitalUnit u = c.unit();
        Host host = u.linuxServer(rng.nextBoolean() ? "bastion-01" : "his-web-01");
        String ip = Addresses.attacker(rng);
        List<String> users = new ArrayList<>();
        List<Boolean> valid = new ArrayList<>();
        List<Staff> admins = new ArrayList<>(u.staff(StaffRole.IT_ADMIN));
        int count = 6 + rng.nextInt(3);
        while (users.size() < count) {
            boolean admin = rng.nextBoolean() && !admins.isEmpty();
            String user = admin ? admins.remove(rng.nextInt(admins.size())).account() : COMMON[rng.nextInt(COMMON.length)];
            if (!users.contains(user)) {
                users.add(user);
                valid.add(admin);
            }
        }
        ScenarioPlan.Builder plan = new ScenarioPlan.Builder();
        double t = 0;
        for (int i = 0; i < users.size(); i++) {
            String user = users.get(i);
            boolean invalid = !valid.get(i);
            int pid = 20_000 + rng.nextInt(3_000_000);
            int port = 32768 + rng.nextInt(28000);
            if (invalid) {
                plan.add(c.at(t), TelemetryStream.AUTH, (sb, f, n) -> f.auth.invalidUser(sb, n, host, pid, user, ip, port));
            } else {
                plan.add(c.at(t), TelemetryStream.AUTH, (sb, f, n) -> f.auth.pamAuthFailure(sb, n, host, pid, ip, user));
            }
            double failed = t + 2 + rng.nextDouble();
            plan.add(c.at(failed), TelemetryStream.AUTH, (sb, f, n) ->
                    f.auth.failedPassword(sb, n, host, pid, user, invalid, ip, port));
            plan.add(c.at(failed + 0.3), TelemetryStream.AUTH, (sb, f, n) ->
                    f.auth.connectionClosedPreauth(sb, n, host, pid, user, invalid, ip, port));
            t += 35 + rng.nextDouble() * 20;
        }
        return plan.build(c, ip, null, host.fqdn(), users);
    }
}
