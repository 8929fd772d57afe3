package vn.gov.moh.soc.core.asset;

import java.util.Arrays;
import java.util.Locale;

/**
 * How much the unit's work depends on the asset being up (the emergency department's HIS is
 * {@code critical}, a print server {@code low}). Unlike the security level, which the law fixes by
 * the harm of a compromise, this is the unit's own operational judgement; analysts see it next to
 * the alert.
 */
public enum Criticality {
    LOW, MEDIUM, HIGH, CRITICAL;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @throws IllegalArgumentException naming the accepted values
     */
    public static Criticality ofJsonName(String name) {
        for (Criticality c : values()) {
            if (c.jsonName().equals(name)) {
                return c;
            }
        }
        throw new IllegalArgumentException("'" + name + "' is not one of "
                + Arrays.stream(values()).map(Criticality::jsonName).toList());
    }
}
