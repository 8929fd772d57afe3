/**
 * The 4-layer protection model (mô hình bảo vệ 4 lớp, Directive 14/CT-TTg and Official Dispatch
 * 1552/BTTTT-CATTT) per unit: the on-site force, the professional monitoring and protection
 * organization, the independent periodic inspection, and the connection to the national monitoring
 * system; each layer with a status and the gaps that keep it from being in place.
 */
package vn.gov.moh.soc.portal.domain.model.protection;
