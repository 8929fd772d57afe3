package vn.gov.moh.soc.agent.generate;

/** What a staff member does, which decides what they do in the logs. */
enum StaffRole {
    DOCTOR("doctor", "Bác sĩ"),
    NURSE("nurse", "Điều dưỡng"),
    TECHNICIAN("technician", "Kỹ thuật viên"),
    PHARMACIST("pharmacist", "Dược sĩ"),
    RECEPTIONIST("receptionist", "Nhân viên tiếp đón"),
    ACCOUNTANT("accountant", "Kế toán viện phí"),
    IT_ADMIN("it-admin", "Quản trị hệ thống");

    private final String code;
    private final String display;

    StaffRole(String code, String display) {
        this.code = code;
        this.display = display;
    }

    String code() {
        return code;
    }

    String display() {
        return display;
    }

    /** Roles that open patient records in the EHR. */
    boolean readsRecords() {
        return this != IT_ADMIN;
    }
}
