/** The 4-layer protection model of a unit over REST: the layers with status and gaps, and each layer's declaration. */
package vn.gov.moh.soc.portal.interfaces.rest.protection;
