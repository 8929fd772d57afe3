/**
 * Network addresses as text, read where the general parser of the ipaddress library would cost
 * more than the rest of the work: {@link vn.gov.moh.soc.core.net.DottedQuad}.
 */
package vn.gov.moh.soc.core.net;
