package vn.gov.moh.soc.portal.domain.model.level;

/** The five levels of Law 86/2015, Art. 21, detailed by Decree 85, Arts. 7–11. */
public enum SecurityLevel {
    LEVEL_1, LEVEL_2, LEVEL_3, LEVEL_4, LEVEL_5;

    public int number() {
        return ordinal() + 1;
    }

    public static SecurityLevel of(int number) {
        if (number < 1 || number > 5) {
            throw new IllegalArgumentException("a level is 1 to 5: " + number);
        }
        return values()[number - 1];
    }

    /** The legal term: "Cấp độ 3". */
    public String legalTerm() {
        return "Cấp độ " + number();
    }
}
