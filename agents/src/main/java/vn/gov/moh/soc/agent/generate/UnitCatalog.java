package vn.gov.moh.soc.agent.generate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

/**
 * Builds a {@link HospitalUnit} from its code. A few central hospitals are known by name; any
 * other code gets a unit of the same shape with a name and network derived from the code. The
 * staff and machines depend only on the code, never on the generator's seed, so a unit looks the
 * same in every run.
 */
public final class UnitCatalog {
    private static final Pattern CODE = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private record Known(String name, String domain, int octet) {
    }

    private static final Map<String, Known> KNOWN = new LinkedHashMap<>();

    static {
        KNOWN.put("bv-bach-mai", new Known("Bệnh viện Bạch Mai", "bvbachmai.vn", 10));
        KNOWN.put("bv-cho-ray", new Known("Bệnh viện Chợ Rẫy", "bvchoray.vn", 20));
        KNOWN.put("bv-trung-uong-hue", new Known("Bệnh viện Trung ương Huế", "bvtwhue.vn", 30));
        KNOWN.put("bv-nhi-trung-uong", new Known("Bệnh viện Nhi Trung ương", "bvnhitw.vn", 40));
        KNOWN.put("bv-k", new Known("Bệnh viện K", "bvk.vn", 50));
        KNOWN.put("bv-e", new Known("Bệnh viện E", "bve.vn", 60));
        KNOWN.put("bv-thong-nhat", new Known("Bệnh viện Thống Nhất", "bvthongnhat.vn", 70));
        // A Department of Health, generated with the same shape as a hospital (its own clinics and HIS).
        KNOWN.put("syt-ha-noi", new Known("Sở Y tế Hà Nội", "soytehanoi.vn", 80));
    }

    /** How many staff of each role each department has. */
    private static final Object[][] STAFFING = {
        {Department.OUTPATIENT, StaffRole.DOCTOR, 8, StaffRole.NURSE, 10, StaffRole.RECEPTIONIST, 8},
        {Department.EMERGENCY, StaffRole.DOCTOR, 6, StaffRole.NURSE, 10},
        {Department.CARDIOLOGY, StaffRole.DOCTOR, 5, StaffRole.NURSE, 8},
        {Department.SURGERY, StaffRole.DOCTOR, 6, StaffRole.NURSE, 8},
        {Department.PAEDIATRICS, StaffRole.DOCTOR, 5, StaffRole.NURSE, 8},
        {Department.OBSTETRICS, StaffRole.DOCTOR, 4, StaffRole.NURSE, 6},
        {Department.LABORATORY, StaffRole.DOCTOR, 1, StaffRole.TECHNICIAN, 8},
        {Department.IMAGING, StaffRole.DOCTOR, 3, StaffRole.TECHNICIAN, 6},
        {Department.PHARMACY, StaffRole.PHARMACIST, 6},
        {Department.FINANCE, StaffRole.ACCOUNTANT, 8},
        {Department.IT, StaffRole.IT_ADMIN, 6},
    };

    private static final String[] LINUX_SERVERS = {"his-web-01", "his-web-02", "his-app-01", "his-app-02", "his-db-01",
        "fhir-gw-01", "pacs-01", "lis-01", "bastion-01", "backup-01"};
    private static final String[] WINDOWS_SERVERS = {"DC01", "DC02", "FS01", "HISAPP-W01", "PACS-SRV01", "PRINT01"};

    private UnitCatalog() {
    }

    /** True if the text is a valid unit code (lower-case letters and digits, separated by single hyphens). */
    public static boolean isValidCode(String code) {
        return code != null && code.length() <= 64 && CODE.matcher(code).matches();
    }

    /** The codes of the units known by name. */
    public static Set<String> knownCodes() {
        return KNOWN.keySet();
    }

    /**
     * The unit with this code.
     *
     * @throws IllegalArgumentException if the code is not valid
     */
    public static HospitalUnit unit(String code) {
        if (!isValidCode(code)) {
            throw new IllegalArgumentException("unit code '" + code
                    + "' must be lower-case letters and digits separated by hyphens, e.g. bv-bach-mai");
        }
        long hash = Stable.hash(code);
        Known known = KNOWN.getOrDefault(code, new Known("Đơn vị " + code, code.replace("-", "") + ".vn",
                100 + Stable.below(hash, 150)));
        SplittableRandom rng = new SplittableRandom(hash);
        String domainSid = "S-1-5-21-" + (1_000_000_000L + rng.nextInt(1_000_000_000)) + "-"
                + (1_000_000_000L + rng.nextInt(1_000_000_000)) + "-" + (1_000_000_000L + rng.nextInt(1_000_000_000));
        int octet = known.octet();
        String ad = known.domain().substring(0, known.domain().indexOf('.')) + ".local";

        List<Host> linux = new ArrayList<>();
        for (int i = 0; i < LINUX_SERVERS.length; i++) {
            linux.add(new Host(LINUX_SERVERS[i], LINUX_SERVERS[i] + "." + known.domain(), "10." + octet + ".1." + (11 + i)));
        }
        List<Host> windows = new ArrayList<>();
        for (int i = 0; i < WINDOWS_SERVERS.length; i++) {
            windows.add(new Host(WINDOWS_SERVERS[i], WINDOWS_SERVERS[i] + "." + ad, "10." + octet + ".2." + (11 + i)));
        }

        List<Host> workstations = new ArrayList<>();
        List<Staff> staff = new ArrayList<>();
        Set<String> accounts = new HashSet<>();
        int rid = 1104;
        for (Object[] row : STAFFING) {
            Department d = (Department) row[0];
            int people = 0;
            for (int i = 2; i < row.length; i += 2) {
                people += (Integer) row[i];
            }
            // Nursing stations and front desks share PCs (about one for two people); IT staff have their own.
            int pcs = d == Department.IT ? people : Math.max(2, (people + 1) / 2);
            List<Host> deptPcs = new ArrayList<>();
            for (int i = 1; i <= pcs; i++) {
                String name = d.hostPrefix() + "-PC" + (i < 10 ? "0" : "") + i;
                deptPcs.add(new Host(name, name + "." + ad, "10." + octet + "." + d.subnet() + "." + (20 + i * 3)));
            }
            workstations.addAll(deptPcs);
            int seat = 0;
            for (int i = 1; i < row.length; i += 2) {
                StaffRole role = (StaffRole) row[i];
                for (int n = 0; n < (Integer) row[i + 1]; n++) {
                    VietnameseNames.Name name = VietnameseNames.next(rng);
                    String account = name.account();
                    for (int k = 2; !accounts.add(account); k++) {
                        account = name.account() + k;
                    }
                    Host pc = d == Department.IT ? deptPcs.get(seat % pcs) : deptPcs.get(seat / 2 % pcs);
                    staff.add(new Staff(account, name.display(), role, d, pc, rid++));
                    seat++;
                }
            }
        }
        int firstPatient = 100_000 + octet * 10_000;
        return new HospitalUnit(code, known.name(), known.domain(), octet, domainSid, staff, linux, windows,
                workstations, firstPatient, 60_000);
    }
}
