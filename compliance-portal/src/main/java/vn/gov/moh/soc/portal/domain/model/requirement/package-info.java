/**
 * The requirements per security level (yêu cầu an toàn cơ bản theo cấp độ): a versioned catalog of
 * management and technical requirement groups in the structure of Circular 12/2022/TT-BTTTT and
 * TCVN 11930:2017, written in our own words, where a level includes every requirement of the levels
 * below; and, per information system, the assessment of each applicable requirement, its gaps and
 * a compliance summary.
 */
package vn.gov.moh.soc.portal.domain.model.requirement;
