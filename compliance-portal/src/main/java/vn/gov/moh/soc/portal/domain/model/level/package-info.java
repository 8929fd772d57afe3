/**
 * Security levels (cấp độ) under Decree 85/2016/ND-CP as rules as code: the criteria table
 * {@link vn.gov.moh.soc.portal.domain.model.level.Decree85Criteria}, the determination that
 * proposes a level with its reasons, and the officer's own proposal with its justification.
 */
package vn.gov.moh.soc.portal.domain.model.level;
