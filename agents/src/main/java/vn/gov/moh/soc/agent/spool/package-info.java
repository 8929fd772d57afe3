/**
 * The agent's on-disk spool: every record read is appended here before its read position is
 * saved, and the Kafka sender reads it back in order, so that neither a Kafka outage nor a crash
 * loses a line. Bounded: when full, appending blocks and the inputs stop reading.
 */
package vn.gov.moh.soc.agent.spool;
