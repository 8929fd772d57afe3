package vn.gov.moh.soc.portal.domain.model.incident;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reference people quote (on the phone, in a report to the coordinator): {@code INC-2026-0001},
 * numbered from 1 in each year of detection. Four digits at least; a busy year goes on to five.
 */
public record IncidentReference(int year, int number) implements Comparable<IncidentReference> {
    private static final Pattern FORM = Pattern.compile("INC-(\\d{4})-(\\d{4,6})");

    public IncidentReference {
        if (year < 2000 || year > 2999) {
            throw new IllegalArgumentException("an incident reference's year is 2000 to 2999: " + year);
        }
        if (number < 1 || number > 999_999) {
            throw new IllegalArgumentException("an incident reference's number is 1 to 999999: " + number);
        }
    }

    public static IncidentReference parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("an incident reference looks like INC-2026-0001: '" + text + "'");
        }
        return new IncidentReference(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    @Override
    public String toString() {
        return String.format("INC-%d-%04d", year, number);
    }

    @Override
    public int compareTo(IncidentReference o) {
        return year != o.year ? Integer.compare(year, o.year) : Integer.compare(number, o.number);
    }
}
