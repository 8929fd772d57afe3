package vn.gov.moh.soc.portal.domain.model.system;

/**
 * The online public service (dịch vụ công trực tuyến) a system provides. Decree 85 counts the
 * levels 1–4 of the 2011 scheme; since Decree 42/2022/ND-CP a service is either "toàn trình" (fully
 * online) or "một phần" (partly online). Both schemes are accepted so that old and new
 * declarations can be entered as the owner has them; {@link #comparableLegacyLevel()} says how a
 * new-scheme service is read against Decree 85's thresholds.
 */
public enum OnlinePublicService {
    NONE(0),
    LEVEL_1(1),
    LEVEL_2(2),
    LEVEL_3(3),
    LEVEL_4(4),
    /** "Một phần": read as level 3 (submission and processing online, payment or result off line). */
    PARTIAL(3),
    /** "Toàn trình": read as level 4 (every step online). */
    FULL(4);

    private final int legacyLevel;

    OnlinePublicService(int legacyLevel) {
        this.legacyLevel = legacyLevel;
    }

    /** The 2011-scheme level this service is compared at (0 for none). */
    public int comparableLegacyLevel() {
        return legacyLevel;
    }

    public boolean isNewScheme() {
        return this == PARTIAL || this == FULL;
    }
}
