package vn.gov.moh.soc.agent.generate;

/** Departments of a hospital, with the prefix of their workstations' names and their subnet. */
enum Department {
    /** Khoa Khám bệnh. */
    OUTPATIENT("kham-benh", "KHAMBENH"),
    /** Khoa Cấp cứu. */
    EMERGENCY("cap-cuu", "CAPCUU"),
    /** Khoa Nội tim mạch. */
    CARDIOLOGY("tim-mach", "TIMMACH"),
    /** Khoa Ngoại tổng hợp. */
    SURGERY("ngoai-tong-hop", "NGOAI"),
    /** Khoa Nhi. */
    PAEDIATRICS("nhi", "NHI"),
    /** Khoa Phụ sản. */
    OBSTETRICS("san", "SAN"),
    /** Khoa Xét nghiệm. */
    LABORATORY("xet-nghiem", "XETNGHIEM"),
    /** Khoa Chẩn đoán hình ảnh. */
    IMAGING("chan-doan-hinh-anh", "CDHA"),
    /** Khoa Dược. */
    PHARMACY("duoc", "DUOC"),
    /** Phòng Tài chính kế toán. */
    FINANCE("tai-chinh-ke-toan", "KETOAN"),
    /** Phòng Công nghệ thông tin. */
    IT("cong-nghe-thong-tin", "CNTT");

    private final String code;
    private final String hostPrefix;

    Department(String code, String hostPrefix) {
        this.code = code;
        this.hostPrefix = hostPrefix;
    }

    /** Short code used in URLs ({@code tim-mach}). */
    String code() {
        return code;
    }

    /** Prefix of the department's workstation names ({@code TIMMACH-PC03}). */
    String hostPrefix() {
        return hostPrefix;
    }

    /** Third octet of the department's workstation subnet. */
    int subnet() {
        return 20 + ordinal();
    }

    /** Departments whose staff treat patients (and so read their records). */
    boolean clinical() {
        return this != FINANCE && this != IT;
    }
}
