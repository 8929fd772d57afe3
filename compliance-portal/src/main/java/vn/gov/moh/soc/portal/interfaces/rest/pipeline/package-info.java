/** Administration of the publishing to the SOC pipeline. */
package vn.gov.moh.soc.portal.interfaces.rest.pipeline;
