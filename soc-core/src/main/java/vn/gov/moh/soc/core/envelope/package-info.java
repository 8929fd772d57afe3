/**
 * The record an agent ships to {@code soc.raw}: one raw line with where it came from (agent,
 * unit, host, input, offset), when it was read, flags for what was wrong with it, and a stable
 * id so that a replay never yields a duplicate downstream.
 */
package vn.gov.moh.soc.core.envelope;
