package vn.gov.moh.soc.portal.domain.model.unit;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A unit's stable identifier, the value of the {@code unit} claim of its officers' tokens
 * (e.g. {@code bv-bach-mai}).
 */
public record UnitId(String value) {
    private static final Pattern FORM = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public UnitId {
        Objects.requireNonNull(value, "unit id");
        if (value.length() > 64 || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("a unit id is lower-case letters and digits joined by '-', at most 64 characters: '"
                    + value + "'");
        }
    }

    public static UnitId of(String value) {
        return new UnitId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
