/**
 * STIX 2.1 (OASIS) for sharing incidents with the national monitoring system: an incident as a
 * bundle of its reporting unit's identity, the incident, indicators, observed data with their
 * cyber-observable objects, sightings and relationships, with deterministic ids.
 */
package vn.gov.moh.soc.portal.infrastructure.stix;
