package vn.gov.moh.soc.portal.domain.model.dossier;

/**
 * The written parts of the dossier (Decree 85, Art. 15); the design documents are attachments.
 *
 * @param overview           (1) the overview of the system (báo cáo thuyết minh tổng quan)
 * @param levelJustification (3) why the proposed level, against the criteria
 * @param securityPlan       (4) the security plan for that level (phương án bảo đảm an toàn hệ thống thông tin)
 * @param specialistOpinion  (5) for levels 4-5, the opinion of the owner's specialized information-security
 *                           unit, as text (it may come as an attachment instead)
 */
public record DossierContent(String overview, String levelJustification, String securityPlan, String specialistOpinion) {
    public static final int MAX_TEXT = 20000;
    public static final DossierContent EMPTY = new DossierContent("", "", "", "");

    public DossierContent {
        overview = clean("overview", overview);
        levelJustification = clean("levelJustification", levelJustification);
        securityPlan = clean("securityPlan", securityPlan);
        specialistOpinion = clean("specialistOpinion", specialistOpinion);
    }

    private static String clean(String field, String text) {
        String s = text == null ? "" : text.strip();
        if (s.length() > MAX_TEXT) {
            throw new IncompleteDossierException(java.util.Map.of(field, "at most " + MAX_TEXT + " characters, not " + s.length()));
        }
        return s;
    }
}
