package vn.gov.moh.soc.agent.generate;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Normal EHR use: clinicians reading and searching the records of the patients they look after,
 * nurses and technicians recording observations, pharmacists reading prescriptions, accountants
 * reading insurance coverage for billing, front desks searching patients by name.
 *
 * <p>Each user works on a panel of at most {@value #PANEL} patients per 30-minute slot, so no
 * user ever opens more than 16 distinct patients' records in ten minutes, whatever the rate: the
 * snooping rule (more than 20) stays silent. Between 18:00 and 06:59 only the emergency
 * department reads records (purpose ETREAT); wards only search and record, so the
 * after-hours rule stays silent too.
 */
final class EhrTraffic implements Traffic {
    static final int PANEL = 8;
    private static final long SLOT_NANOS = 30 * 60 * 1_000_000_000L;
    private static final String[] CLINICAL_TYPES = {"Patient", "Observation", "Encounter", "MedicationRequest",
        "Condition", "AllergyIntolerance", "DiagnosticReport", "Procedure"};
    private static final String[] SEARCHES = {"Observation?patient=%d&category=laboratory",
        "Encounter?patient=%d&_sort=-date", "MedicationRequest?patient=%d&status=active",
        "DiagnosticReport?patient=%d&_count=20", "Condition?patient=%d&clinical-status=active"};
    private static final String[] NAME_SEARCHES = {"Patient?name=", "Patient?family="};

    private final HospitalUnit[] units;
    private final AuditEventFormat format;
    private final AuditRecord record = new AuditRecord();
    /** Per unit: the staff who use the EHR, and those of the emergency department. */
    private final Staff[][] readers;
    private final Staff[][] emergency;
    private final Staff[][] wards;
    private final Host[] fhir;

    EhrTraffic(List<HospitalUnit> units, Formats formats) {
        this.units = units.toArray(new HospitalUnit[0]);
        this.format = formats.audit;
        int n = this.units.length;
        readers = new Staff[n][];
        emergency = new Staff[n][];
        wards = new Staff[n][];
        fhir = new Host[n];
        for (int i = 0; i < n; i++) {
            HospitalUnit u = this.units[i];
            readers[i] = u.staff().stream().filter(s -> s.role().readsRecords()).toArray(Staff[]::new);
            emergency[i] = u.staff(Department.EMERGENCY).toArray(new Staff[0]);
            wards[i] = u.staff().stream().filter(s -> s.department().clinical()
                    && (s.role() == StaffRole.NURSE || s.role() == StaffRole.DOCTOR)).toArray(Staff[]::new);
            fhir[i] = u.linuxServer("fhir-gw-01");
        }
    }

    /** The k-th patient of a user's panel in the slot that contains this time. */
    static long panelPatient(HospitalUnit u, Staff s, long nanos, int k) {
        long slot = Math.floorDiv(nanos, SLOT_NANOS);
        long h = Stable.mix(Stable.hash(s.account()) ^ slot * 0x9E3779B97F4A7C15L ^ k * 0xC2B2AE3D27D4EB4FL);
        return u.firstPatientId() + Stable.below(h, u.patientCount());
    }

    @Override
    public void next(StringBuilder sb, int unit, long nanos, int localHour, SplittableRandom rng) {
        HospitalUnit u = units[unit];
        AuditRecord r = record;
        boolean night = Diurnal.night(localHour);
        Staff s;
        boolean ward = false;
        if (night) {
            ward = rng.nextInt(10) < 3;
            Staff[] pool = ward ? wards[unit] : emergency[unit];
            s = pool[rng.nextInt(pool.length)];
            ward = s.department() != Department.EMERGENCY;
        } else {
            s = readers[unit][rng.nextInt(readers[unit].length)];
        }
        r.user = s;
        r.ip = s.ip();
        r.observer = fhir[unit];
        r.outcome = rng.nextInt(60) == 0 ? 4 : 0;
        r.purpose = s.department() == Department.EMERGENCY ? "ETREAT" : s.role() == StaffRole.ACCOUNTANT ? "HPAYMT" : "TREAT";
        r.patientId = panelPatient(u, s, nanos, rng.nextInt(PANEL));
        r.resourceId = 1_000_000 + rng.nextInt(9_000_000);
        r.query = null;
        int kind = rng.nextInt(100);
        if (ward) {
            kind = kind < 60 ? 70 : 95; // searches and recordings only
        }
        switch (s.role()) {
            case RECEPTIONIST -> {
                if (kind < 40) {
                    r.interaction = "search";
                    r.resourceType = null;
                    r.patientId = -1;
                    VietnameseNames.Name n = VietnameseNames.next(rng);
                    r.query = NAME_SEARCHES[rng.nextInt(2)] + n.account().substring(0, n.account().indexOf('.'));
                } else {
                    r.interaction = kind < 85 ? "read" : "update";
                    r.resourceType = kind < 85 ? "Patient" : "Encounter";
                }
            }
            case ACCOUNTANT -> {
                r.interaction = kind < 70 ? "read" : "search";
                r.resourceType = kind < 40 ? "Coverage" : kind < 70 ? "Claim" : null;
                if (r.resourceType == null) {
                    r.query = "Claim?patient=" + r.patientId + "&status=active";
                }
            }
            case PHARMACIST -> {
                r.interaction = kind < 70 ? "read" : "search";
                r.resourceType = kind < 70 ? "MedicationRequest" : null;
                if (r.resourceType == null) {
                    r.query = "MedicationRequest?patient=" + r.patientId + "&status=active";
                }
            }
            case TECHNICIAN -> {
                r.interaction = kind < 40 ? "read" : kind < 85 ? "create" : "update";
                r.resourceType = kind < 40 ? "ServiceRequest"
                        : s.department() == Department.IMAGING ? "DiagnosticReport" : "Observation";
            }
            default -> {
                if (kind < 65) {
                    r.interaction = "read";
                    r.resourceType = CLINICAL_TYPES[rng.nextInt(CLINICAL_TYPES.length)];
                } else if (kind < 90) {
                    r.interaction = "search";
                    r.resourceType = null;
                    r.query = SEARCHES[rng.nextInt(SEARCHES.length)].replace("%d", Long.toString(r.patientId));
                } else {
                    r.interaction = kind < 97 ? "create" : "update";
                    r.resourceType = s.role() == StaffRole.DOCTOR && kind >= 94 ? "MedicationRequest" : "Observation";
                }
            }
        }
        if ("Patient".equals(r.resourceType)) {
            r.resourceId = r.patientId;
        }
        if (night && !ward && r.interaction.equals("read")) {
            r.purpose = "ETREAT";
        }
        format.append(sb, nanos, unit, r, rng);
    }
}
