/** The pages' language: Vietnamese by default, English second (bundles under {@code i18n/}). */
package vn.gov.moh.soc.portal.interfaces.web.i18n;
