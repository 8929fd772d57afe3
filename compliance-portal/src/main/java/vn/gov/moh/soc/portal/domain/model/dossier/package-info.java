/**
 * The level-proposal dossier (hồ sơ đề xuất cấp độ) of Decree 85/2016/ND-CP, Art. 15, and its
 * appraisal and approval workflow: the aggregate {@link vn.gov.moh.soc.portal.domain.model.dossier.Dossier}
 * with its versions, events and comments, the table of guarded transitions
 * ({@link vn.gov.moh.soc.portal.domain.model.dossier.DossierAction}), and the appraising and
 * approving authority by level, kept as data ({@link vn.gov.moh.soc.portal.domain.model.dossier.Authority}).
 */
package vn.gov.moh.soc.portal.domain.model.dossier;
