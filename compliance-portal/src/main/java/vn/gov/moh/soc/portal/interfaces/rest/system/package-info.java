/** The inventory of information systems and the level proposal, over REST. */
package vn.gov.moh.soc.portal.interfaces.rest.system;
