/**
 * The event model: one normalized log record with Elastic Common Schema field names, held as a
 * flat map from dotted field name ({@code source.ip}, {@code winlog.event_data.Image}) to value,
 * so that reading a field in the hot path is one hash lookup; {@link
 * vn.gov.moh.soc.core.event.EventJson} turns it into nested ECS JSON and back.
 */
package vn.gov.moh.soc.core.event;
