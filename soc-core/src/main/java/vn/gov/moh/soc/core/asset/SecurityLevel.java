package vn.gov.moh.soc.core.asset;

/**
 * The security level of an information system under Decree 85/2016/ND-CP (Law 86/2015/QH13,
 * Art. 21): by the harm a compromise would do, from 1 (harm to the rights of organizations or
 * individuals; e.g. an internal system with only public information) to 5 (especially serious harm
 * to national defense and security). Hospital information systems holding the personal data of
 * many patients are typically level 3.
 */
public enum SecurityLevel {
    LEVEL_1, LEVEL_2, LEVEL_3, LEVEL_4, LEVEL_5;

    /** The level's number, 1 to 5. */
    public int number() {
        return ordinal() + 1;
    }

    /**
     * @throws IllegalArgumentException if the number is not 1 to 5
     */
    public static SecurityLevel of(int number) {
        if (number < 1 || number > 5) {
            throw new IllegalArgumentException("a Decree 85 security level is 1 to 5, not " + number);
        }
        return values()[number - 1];
    }
}
