package vn.gov.moh.soc.portal.domain.model.protection;

/** The four layers, in the dispatch's order; Vietnamese names as the sector writes them. */
public enum ProtectionLayer {
    ON_SITE_FORCE(1, "Lực lượng tại chỗ"),
    PROFESSIONAL_MONITORING(2, "Tổ chức, doanh nghiệp chuyên nghiệp giám sát, bảo vệ"),
    INDEPENDENT_INSPECTION(3, "Tổ chức, doanh nghiệp độc lập kiểm tra, đánh giá định kỳ"),
    NATIONAL_CONNECTION(4, "Kết nối, chia sẻ thông tin với Hệ thống giám sát quốc gia");

    private final int number;
    private final String vietnameseName;

    ProtectionLayer(int number, String vietnameseName) {
        this.number = number;
        this.vietnameseName = vietnameseName;
    }

    public int number() {
        return number;
    }

    public String vietnameseName() {
        return vietnameseName;
    }
}
