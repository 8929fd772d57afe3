package vn.gov.moh.soc.agent.generate;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One unit (hospital) whose telemetry is generated: its names, networks, machines, staff and
 * patients. Built by {@link UnitCatalog}; immutable.
 */
public final class HospitalUnit {
    private final String code;
    private final String name;
    private final String domain;
    private final String netbiosDomain;
    private final int octet;
    private final String domainSid;
    private final List<Staff> staff;
    private final Map<StaffRole, List<Staff>> byRole;
    private final Map<Department, List<Staff>> byDepartment;
    private final List<Host> linuxServers;
    private final List<Host> windowsServers;
    private final List<Host> workstations;
    private final int firstPatientId;
    private final int patientCount;

    HospitalUnit(String code, String name, String domain, int octet, String domainSid, List<Staff> staff,
            List<Host> linuxServers, List<Host> windowsServers, List<Host> workstations, int firstPatientId,
            int patientCount) {
        this.code = code;
        this.name = name;
        this.domain = domain;
        this.netbiosDomain = domain.substring(0, domain.indexOf('.')).toUpperCase(java.util.Locale.ROOT);
        this.octet = octet;
        this.domainSid = domainSid;
        this.staff = List.copyOf(staff);
        this.linuxServers = List.copyOf(linuxServers);
        this.windowsServers = List.copyOf(windowsServers);
        this.workstations = List.copyOf(workstations);
        this.firstPatientId = firstPatientId;
        this.patientCount = patientCount;
        Map<StaffRole, List<Staff>> roles = new EnumMap<>(StaffRole.class);
        Map<Department, List<Staff>> departments = new EnumMap<>(Department.class);
        for (StaffRole r : StaffRole.values()) {
            roles.put(r, staff.stream().filter(s -> s.role() == r).toList());
        }
        for (Department d : Department.values()) {
            departments.put(d, staff.stream().filter(s -> s.department() == d).toList());
        }
        this.byRole = roles;
        this.byDepartment = departments;
    }

    /** The unit code ({@code bv-bach-mai}), the folder name of its files. */
    public String code() {
        return code;
    }

    /** The unit's name in Vietnamese. */
    public String name() {
        return name;
    }

    /** Public DNS domain ({@code bvbachmai.vn}). */
    String domain() {
        return domain;
    }

    /** Active Directory NetBIOS domain ({@code BVBACHMAI}). */
    String netbiosDomain() {
        return netbiosDomain;
    }

    /** Active Directory DNS domain ({@code bvbachmai.local}). */
    String adDomain() {
        return netbiosDomain.toLowerCase(java.util.Locale.ROOT) + ".local";
    }

    /** The second octet of the unit's internal 10.x.0.0/16 network. */
    int octet() {
        return octet;
    }

    /** The domain SID ({@code S-1-5-21-a-b-c}); an account's SID appends its rid. */
    String domainSid() {
        return domainSid;
    }

    /** The public name of the hospital information system portal ({@code his.bvbachmai.vn}). */
    String portal() {
        return "his." + domain;
    }

    List<Staff> staff() {
        return staff;
    }

    List<Staff> staff(StaffRole role) {
        return byRole.get(role);
    }

    List<Staff> staff(Department department) {
        return byDepartment.get(department);
    }

    List<Host> linuxServers() {
        return linuxServers;
    }

    /** The Linux server with this short name. */
    Host linuxServer(String shortName) {
        for (Host h : linuxServers) {
            if (h.name().equals(shortName)) {
                return h;
            }
        }
        throw new IllegalArgumentException("no Linux server " + shortName + " in " + code);
    }

    List<Host> windowsServers() {
        return windowsServers;
    }

    List<Host> workstations() {
        return workstations;
    }

    /** The lowest patient id; ids run from there for {@link #patientCount()} patients. */
    int firstPatientId() {
        return firstPatientId;
    }

    int patientCount() {
        return patientCount;
    }

    @Override
    public String toString() {
        return code;
    }
}
