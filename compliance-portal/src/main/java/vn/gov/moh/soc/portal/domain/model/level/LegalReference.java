package vn.gov.moh.soc.portal.domain.model.level;

/**
 * Where in Decree 85/2016/ND-CP a rule comes from.
 *
 * @param article the article
 * @param clause  the clause (khoản), 0 when the article has a single one
 * @param point   the point (điểm), or null
 */
public record LegalReference(int article, int clause, String point) {
    public static LegalReference article(int article) {
        return new LegalReference(article, 0, null);
    }

    public static LegalReference clause(int article, int clause) {
        return new LegalReference(article, clause, null);
    }

    public static LegalReference point(int article, int clause, String point) {
        return new LegalReference(article, clause, point);
    }

    /** "Art. 9(2)(c)" form, for reasons shown to officers and lawyers. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("Decree 85/2016/ND-CP Art. ").append(article);
        if (clause > 0) {
            s.append('(').append(clause).append(')');
        }
        if (point != null) {
            s.append('(').append(point).append(')');
        }
        return s.toString();
    }
}
