package vn.gov.moh.soc.agent.generate;

import java.util.List;
import java.util.SplittableRandom;

/**
 * A bulk export of patient records by one user (an insider, or a stolen account): an account of
 * the unit's IT department, from its own workstation, pages through the patient index with two
 * to four wide searches of 500 to 1,000 records each, 20 to 60 seconds apart, then starts a FHIR
 * bulk-data export ({@code Patient/$export}) of every patient with their observations,
 * conditions and prescriptions, all under the purpose "healthcare operations". Each of these
 * requests says how many records it returned.
 */
final class EhrBulkExportScenario implements Scenario {
    @Override
    public ScenarioPlan plan(ScenarioContext c) {
        SplittableRandom rng = c.rng();
        HospitalUnit u = c.unit();
        List<Staff> admins = u.staff().stream().filter(s -> s.department() == Department.IT).toList();
        Staff user = admins.get(rng.nextInt(admins.size()));
        Host fhir = u.linuxServer("fhir-gw-01");
        int unit = c.unitIndex();
        SplittableRandom ids = rng.split();
        ScenarioPlan.Builder plan = new ScenarioPlan.Builder();
        int pages = 2 + rng.nextInt(3);
        double t = 0;
        for (int page = 0; page < pages; page++) {
            AuditRecord search = record(user, fhir, "search", "Patient?_count=1000&_offset=" + page * 1000,
                    500 + rng.nextInt(501));
            plan.add(c.at(t), TelemetryStream.EHR, (sb, f, n) -> f.audit.append(sb, n, unit, search, ids));
            t += 20 + rng.nextDouble() * 40;
        }
        AuditRecord export = record(user, fhir, "export",
                "Patient/$export?_type=Patient,Observation,Condition,MedicationRequest",
                u.patientCount() * (4L + rng.nextInt(5)));
        plan.add(c.at(t), TelemetryStream.EHR, (sb, f, n) -> f.audit.append(sb, n, unit, export, ids));
        return plan.build(c, user.ip(), user.account(), fhir.fqdn(), List.of());
    }

    private static AuditRecord record(Staff user, Host fhir, String interaction, String query, long records) {
        AuditRecord r = new AuditRecord();
        r.interaction = interaction;
        r.user = user;
        r.ip = user.ip();
        r.purpose = "HOPERAT";
        r.outcome = 0;
        r.resourceType = null;
        r.patientId = -1;
        r.query = query;
        r.recordCount = records;
        r.observer = fhir;
        return r;
    }
}
