package vn.gov.moh.soc.portal.domain.model.drill;

/** Whether a drill is one unit's (with the units below it) or organized for the whole sector. */
public enum DrillScope {
    UNIT("Diễn tập của đơn vị"),
    SECTOR("Diễn tập toàn ngành");

    private final String vietnameseName;

    DrillScope(String vietnameseName) {
        this.vietnameseName = vietnameseName;
    }

    public String vietnameseName() {
        return vietnameseName;
    }
}
