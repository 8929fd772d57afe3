/**
 * Where layer 2's coverage of a unit's systems comes from: today the monitoring contract's
 * declaration; later the SOC agents' heartbeats.
 */
package vn.gov.moh.soc.portal.infrastructure.coverage;
