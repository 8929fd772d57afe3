package vn.gov.moh.soc.stack.part;

/**
 * The demo users of the local realm: one per role, and officers of the two demo hospitals (Bạch
 * Mai, Xanh Pôn) and of the Hanoi Department of Health, above Xanh Pôn, so that unit scoping can
 * be seen. Their passwords are for a laptop only.
 */
public enum DemoUser {
    ANALYST("analyst", "soc-analyst", "byt-cntt", "Nguyễn Văn", "An"),
    OFFICER_BACH_MAI("officer.bachmai", "unit-security-officer", "bv-bach-mai", "Trần Thị", "Bình"),
    OFFICER_HA_NOI("officer.hanoi", "unit-security-officer", "syt-ha-noi", "Lê Văn", "Cường"),
    OFFICER_XANH_PON("officer.xanhpon", "unit-security-officer", "bv-xanh-pon", "Đỗ Thị", "Giang"),
    AUDITOR("auditor", "auditor", "byt-thanh-tra", "Phạm Thị", "Dung"),
    ADMIN("admin", "admin", "byt-cntt", "Hoàng Văn", "Em");

    /** The password of every demo user. */
    public static final String PASSWORD = "demo-2026";

    private final String username;
    private final String role;
    private final String unit;
    private final String firstName;
    private final String lastName;

    DemoUser(String username, String role, String unit, String firstName, String lastName) {
        this.username = username;
        this.role = role;
        this.unit = unit;
        this.firstName = firstName;
        this.lastName = lastName;
    }

    public String username() {
        return username;
    }

    /** The realm role, which the token carries in its {@code groups} claim. */
    public String role() {
        return role;
    }

    /** The unit id, which the token carries in its {@code unit} claim. */
    public String unit() {
        return unit;
    }

    public String firstName() {
        return firstName;
    }

    public String lastName() {
        return lastName;
    }

    public String email() {
        return username + "@demo.soc.moh.gov.vn";
    }
}
