/** {@code /coverage}: monitoring coverage from the agents' heartbeats, for the sector and per unit. */
package vn.gov.moh.soc.portal.interfaces.rest.coverage;
