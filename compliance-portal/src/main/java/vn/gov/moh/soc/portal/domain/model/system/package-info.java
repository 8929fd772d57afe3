/**
 * Information systems (hệ thống thông tin) as their owner declares them: owner unit, operator,
 * purpose, components with the host names and addresses the SOC maps logs with, and the
 * classification profile that the Decree 85 level determination reads.
 */
package vn.gov.moh.soc.portal.domain.model.system;
