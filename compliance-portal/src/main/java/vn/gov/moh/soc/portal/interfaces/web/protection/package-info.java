/**
 * The 4-layer protection model's pages (mô hình bảo vệ 4 lớp): the overview across the units the
 * user may read and one unit's layers with their status, gaps and declarations, each layer declared
 * through {@link vn.gov.moh.soc.portal.application.ProtectionService}.
 */
package vn.gov.moh.soc.portal.interfaces.web.protection;
