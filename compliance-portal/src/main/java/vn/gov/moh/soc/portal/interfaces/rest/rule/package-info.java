/** The Sigma rules the portal publishes to {@code soc.rules}: list, upload, edit, disable. */
package vn.gov.moh.soc.portal.interfaces.rest.rule;
