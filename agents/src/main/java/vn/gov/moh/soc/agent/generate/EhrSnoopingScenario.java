package vn.gov.moh.soc.agent.generate;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * An insider browsing records out of curiosity (or harvesting them): one clinical user of a
 * ward opens the records of 25 to 35 patients who are not theirs, 6 to 16 seconds apart from
 * their own workstation, sometimes looking at lab results too, all with the ordinary purpose
 * TREAT. More than 20 distinct patients fall within ten minutes.
 */
final class EhrSnoopingScenario implements Scenario {
    @Override
    public ScenarioPlan plan(ScenarioContext c) {
        SplittableRandom rng = c.rng();
        HospitalUnit u = c.unit();
        List<Staff> candidates = u.staff().stream().filter(s -> s.department().clinical()
                && s.department() != Department.EMERGENCY
                && (s.role() == StaffRole.NURSE || s.role() == StaffRole.DOCTOR || s.role() == StaffRole.RECEPTIONIST))
                .toList();
        Staff user = candidates.get(rng.nextInt(candidates.size()));
        Host fhir = u.linuxServer("fhir-gw-01");
        int unit = c.unitIndex();
        SplittableRandom ids = rng.split();
        ScenarioPlan.Builder plan = new ScenarioPlan.Builder();
        Set<Long> patients = new HashSet<>();
        int count = 25 + rng.nextInt(11);
        double t = 0;
        while (patients.size() < count) {
            long patient = u.firstPatientId() + rng.nextInt(u.patientCount());
            if (!patients.add(patient)) {
                continue;
            }
            plan.add(c.at(t), TelemetryStream.EHR, (sb, f, n) -> f.audit.append(sb, n, unit,
                    record(user, fhir, patient, "Patient", patient), ids));
            if (rng.nextInt(4) == 0) {
                long observation = 1_000_000 + rng.nextInt(9_000_000);
                plan.add(c.at(t + 2 + rng.nextDouble() * 3), TelemetryStream.EHR, (sb, f, n) -> f.audit.append(sb, n,
                        unit, record(user, fhir, patient, "Observation", observation), ids));
            }
            t += 6 + rng.nextDouble() * 10;
        }
        return plan.build(c, user.ip(), user.account(), fhir.fqdn(), List.of());
    }

    private static AuditRecord record(Staff user, Host fhir, long patient, String type, long id) {
        AuditRecord r = new AuditRecord();
        r.interaction = "read";
        r.user = user;
        r.ip = user.ip();
        r.purpose = "TREAT";
        r.outcome = 0;
        r.resourceType = type;
        r.resourceId = id;
        r.patientId = patient;
        r.observer = fhir;
        return r;
    }
}
