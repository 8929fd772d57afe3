/** Small building blocks shared by the domain's aggregates. */
package vn.gov.moh.soc.portal.domain.shared;
