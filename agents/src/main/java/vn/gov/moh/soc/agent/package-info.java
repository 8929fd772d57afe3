/**
 * soc-agent, the log shipper that runs on hospital and data-center hosts and sends envelopes to
 * Kafka {@code soc.raw}. Not built yet: this module exists so that the build and the test kit
 * have their final shape; the agent itself is the subject of its own issue.
 */
package vn.gov.moh.soc.agent;
