package vn.gov.moh.soc.portal.interfaces.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;
import vn.gov.moh.soc.portal.application.InvalidFieldException;
import vn.gov.moh.soc.portal.domain.model.unit.UnitId;

/**
 * Reads the fields of a request body into domain values, naming the field (its JSON path) in the
 * problem when one is missing or malformed. Here rather than as Bean Validation annotations:
 * Payara 6.2025.10's OpenAPI generator fails on those (README). Dates and enums arrive as
 * strings so that a wrong one is named like any other field, not reported as an unreadable body.
 */
public final class RequestFields {
    private RequestFields() {
    }

    /** The request body; a request without one is refused. */
    public static <T> T body(T request) {
        if (request == null) {
            throw new InvalidFieldException("body", "the request needs a JSON body");
        }
        return request;
    }

    /** The stripped text, or null when absent or blank. */
    public static String optional(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String s = value.strip();
        if (s.length() > max) {
            throw new InvalidFieldException(field, field + " is at most " + max + " characters");
        }
        return s;
    }

    public static String required(String field, String value, int max) {
        String s = optional(field, value, max);
        if (s == null) {
            throw new InvalidFieldException(field, field + " is required");
        }
        return s;
    }

    /** An ISO date (yyyy-MM-dd), or null when absent. */
    public static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException(field, field + " is a date written yyyy-MM-dd: '" + value + "'");
        }
    }

    public static LocalDate requiredDate(String field, String value) {
        LocalDate d = date(field, value);
        if (d == null) {
            throw new InvalidFieldException(field, field + " is required (yyyy-MM-dd)");
        }
        return d;
    }

    /** One of the enum's constant names, case-insensitively; the problem lists the allowed ones. */
    public static <E extends Enum<E>> E choice(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidFieldException(field, field + " is required: one of " + Arrays.toString(type.getEnumConstants()));
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException(field, field + " is one of " + Arrays.toString(type.getEnumConstants()) + ": '" + value + "'");
        }
    }

    public static UnitId unit(String field, String value) {
        try {
            return UnitId.of(required(field, value, 64));
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException(field, e.getMessage());
        }
    }

    /** A unit id given as a query filter: null when absent. */
    public static UnitId optionalUnit(String field, String value) {
        return value == null ? null : unit(field, value);
    }

    /** Builds a domain value; what its constructor refuses is reported against {@code field}. */
    public static <T> T domain(String field, Supplier<T> make) {
        try {
            return make.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidFieldException(field, e.getMessage());
        }
    }
}
