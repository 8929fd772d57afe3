package vn.gov.moh.soc.portal.domain.model.report;

import java.util.Objects;
import vn.gov.moh.soc.portal.domain.model.system.SystemId;
import vn.gov.moh.soc.portal.domain.model.unit.UnitId;

/**
 * What a report covers: its kind and the one field the kind needs (a unit, a system or a year);
 * the sector report needs none. A field the kind does not take is refused, so that a request never
 * reads as covering less than it does.
 */
public record ReportScope(ReportKind kind, UnitId unit, SystemId system, Integer year) {
    public ReportScope {
        Objects.requireNonNull(kind, "kind");
        require("unit", unit != null, kind.needs() == ReportKind.Needs.UNIT, kind);
        require("system", system != null, kind.needs() == ReportKind.Needs.SYSTEM, kind);
        require("year", year != null, kind.needs() == ReportKind.Needs.YEAR, kind);
        if (year != null && (year < 2000 || year > 2100)) {
            throw new InvalidScopeException("year", "the year is 2000 to 2100: " + year);
        }
    }

    private static void require(String field, boolean given, boolean needed, ReportKind kind) {
        if (needed && !given) {
            throw new InvalidScopeException(field, "a " + kind + " report needs the " + field);
        }
        if (given && !needed) {
            throw new InvalidScopeException(field, "a " + kind + " report takes no " + field);
        }
    }

    /** The scope's own words, for the report list and the file name: "sector", "unit bv-bach-mai", ... */
    public String describe() {
        return switch (kind.needs()) {
            case NOTHING -> "sector";
            case UNIT -> "unit " + unit;
            case SYSTEM -> "system " + system;
            case YEAR -> "year " + year;
        };
    }

    /** A scope field that does not fit the kind. */
    public static final class InvalidScopeException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final String field;

        public InvalidScopeException(String field, String message) {
            super(message);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }
}
