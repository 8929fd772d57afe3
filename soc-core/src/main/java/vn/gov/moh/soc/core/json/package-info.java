/**
 * JSON text on the hot paths, byte for byte as Jackson's generator writes it
 * ({@link vn.gov.moh.soc.core.json.JsonEscaping}): shared by the envelope writer of the agents and
 * the ECS event writer of the job.
 */
package vn.gov.moh.soc.core.json;
