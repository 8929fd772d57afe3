package vn.gov.moh.soc.portal.application.dashboard;

/**
 * How many of a set meet a target's condition (systems with an approved dossier, units with a drill
 * held this year, ...).
 *
 * @param count the members that meet it
 * @param total the members of the set
 */
public record Share(int count, int total) {
    public Share {
        if (count < 0 || count > total) {
            throw new IllegalArgumentException(count + " of " + total);
        }
    }

    /**
     * In whole percent, rounded down, as the coverage figure counts: 199 of 200 is 99%, never a
     * rounded-up 100% that would report a target as met. An empty set is 0%.
     */
    public int percent() {
        return total == 0 ? 0 : (int) (100L * count / total);
    }

    /** Every member meets it (and there is at least one): the Ministry's 100% targets. */
    public boolean complete() {
        return total > 0 && count == total;
    }

    Share plus(boolean meets) {
        return new Share(count + (meets ? 1 : 0), total + 1);
    }

    static final Share NONE = new Share(0, 0);
}
