package vn.gov.moh.soc.portal.domain.model.ipv6;

/** The phases of a migration, in order. */
public enum MigrationPhase {
    INVENTORY("Kiểm kê, đánh giá hiện trạng"),
    DUAL_STACK("Triển khai song song IPv4/IPv6"),
    IPV6_ONLY("Chuyển sang chỉ dùng IPv6");

    private final String vietnameseName;

    MigrationPhase(String vietnameseName) {
        this.vietnameseName = vietnameseName;
    }

    public String vietnameseName() {
        return vietnameseName;
    }
}
