/**
 * The compliance portal, a Jakarta EE 10 application on Payara Micro: SOC console, Decree 85
 * governance, auditors' reports. Not built yet: this module exists so that the build and the
 * test kit have their final shape; the portal is the subject of its own issues.
 */
package vn.gov.moh.soc.portal;
