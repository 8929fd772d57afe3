package vn.gov.moh.soc.portal.domain.model.report;

import java.time.Instant;
import java.util.Objects;

/**
 * What a report was built from: the instant its data was read (the start of the build) and how many
 * units, systems, dossiers and drills it used. Stored with the report and printed in it, so a
 * reader can tell two reports of the same scope apart.
 */
public record BuiltFrom(Instant dataAsOf, int units, int systems, int dossiers, int drills) {
    public BuiltFrom {
        Objects.requireNonNull(dataAsOf, "dataAsOf");
    }

    public String describe() {
        return "data as of " + dataAsOf + ": " + units + " units, " + systems + " information systems, " + dossiers
                + " level-proposal dossiers, " + drills + " drills";
    }
}
