/**
 * Sending to Kafka: the sender that reads the spool in order and acknowledges it as the broker
 * confirms each record, and the heartbeat that tells the portal the agent is alive.
 */
package vn.gov.moh.soc.agent.ship;
