/**
 * soc-agent, the log shipper that runs on hospital and data-center hosts: the command, the
 * running agent (inputs into the spool, the spool into Kafka {@code soc.raw}, checkpoints that
 * save read positions only for what the spool holds on disk) and its metrics endpoint.
 */
package vn.gov.moh.soc.agent;
