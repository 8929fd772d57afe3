package vn.gov.moh.soc.agent.generate;

import java.util.SplittableRandom;

/**
 * Vietnamese personal names: family name (weighted by how common it is), middle name and given
 * name, with the display form in Vietnamese and the account form without diacritics
 * ({@code Nguyễn Văn An} / {@code nguyen.van.an}).
 */
final class VietnameseNames {
    /** A generated name. */
    record Name(String account, String display, boolean female) {
    }

    private record Part(String ascii, String display) {
    }

    private static final Part[] FAMILY = {
        p("nguyen", "Nguyễn"), p("tran", "Trần"), p("le", "Lê"), p("pham", "Phạm"), p("hoang", "Hoàng"),
        p("huynh", "Huỳnh"), p("phan", "Phan"), p("vu", "Vũ"), p("vo", "Võ"), p("dang", "Đặng"), p("bui", "Bùi"),
        p("do", "Đỗ"), p("ho", "Hồ"), p("ngo", "Ngô"), p("duong", "Dương"), p("ly", "Lý"), p("dinh", "Đinh"),
        p("trinh", "Trịnh"), p("mai", "Mai"), p("truong", "Trương")};
    /** Per mille, roughly as common as in the population. */
    private static final int[] FAMILY_WEIGHTS = {380, 110, 95, 70, 50, 45, 45, 39, 30, 21, 20, 14, 13, 13, 10, 5, 10,
            10, 10, 10};
    private static final Part[] MIDDLE_MALE = {p("van", "Văn"), p("duc", "Đức"), p("minh", "Minh"), p("quoc", "Quốc"),
        p("huu", "Hữu"), p("thanh", "Thanh"), p("xuan", "Xuân"), p("hoang", "Hoàng"), p("cong", "Công"),
        p("tuan", "Tuấn"), p("gia", "Gia"), p("manh", "Mạnh")};
    private static final Part[] MIDDLE_FEMALE = {p("thi", "Thị"), p("ngoc", "Ngọc"), p("thu", "Thu"), p("thanh", "Thanh"),
        p("kim", "Kim"), p("thuy", "Thùy"), p("hong", "Hồng"), p("minh", "Minh"), p("phuong", "Phương"),
        p("bich", "Bích")};
    private static final Part[] GIVEN_MALE = {p("an", "An"), p("binh", "Bình"), p("cuong", "Cường"), p("dung", "Dũng"),
        p("duc", "Đức"), p("hai", "Hải"), p("hieu", "Hiếu"), p("hung", "Hùng"), p("huy", "Huy"), p("khanh", "Khánh"),
        p("long", "Long"), p("minh", "Minh"), p("nam", "Nam"), p("phong", "Phong"), p("quang", "Quang"),
        p("son", "Sơn"), p("tai", "Tài"), p("thang", "Thắng"), p("trung", "Trung"), p("tuan", "Tuấn"),
        p("viet", "Việt"), p("vinh", "Vinh"), p("hoang", "Hoàng"), p("kien", "Kiên")};
    private static final Part[] GIVEN_FEMALE = {p("anh", "Anh"), p("chau", "Châu"), p("hang", "Hằng"), p("hanh", "Hạnh"),
        p("hoa", "Hoa"), p("huong", "Hương"), p("lan", "Lan"), p("linh", "Linh"), p("mai", "Mai"), p("nga", "Nga"),
        p("ngoc", "Ngọc"), p("nhung", "Nhung"), p("phuong", "Phương"), p("quynh", "Quỳnh"), p("tam", "Tâm"),
        p("thao", "Thảo"), p("thu", "Thu"), p("trang", "Trang"), p("uyen", "Uyên"), p("yen", "Yến"),
        p("ha", "Hà"), p("loan", "Loan")};

    private VietnameseNames() {
    }

    private static Part p(String ascii, String display) {
        return new Part(ascii, display);
    }

    /** A random name; about two thirds of hospital staff are women. */
    static Name next(SplittableRandom rng) {
        boolean female = rng.nextInt(3) < 2;
        Part family = FAMILY[weighted(rng)];
        Part middle = pick(rng, female ? MIDDLE_FEMALE : MIDDLE_MALE);
        Part given = pick(rng, female ? GIVEN_FEMALE : GIVEN_MALE);
        return new Name(family.ascii + "." + middle.ascii + "." + given.ascii,
                family.display + " " + middle.display + " " + given.display, female);
    }

    private static int weighted(SplittableRandom rng) {
        int total = 0;
        for (int w : FAMILY_WEIGHTS) {
            total += w;
        }
        int r = rng.nextInt(total);
        for (int i = 0; i < FAMILY_WEIGHTS.length; i++) {
            r -= FAMILY_WEIGHTS[i];
            if (r < 0) {
                return i;
            }
        }
        return 0;
    }

    private static Part pick(SplittableRandom rng, Part[] parts) {
        return parts[rng.nextInt(parts.length)];
    }
}
