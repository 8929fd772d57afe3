/**
 * The local stack: real Kafka, Elasticsearch and Keycloak servers started as processes on
 * loopback, watched, and stopped by pid. {@link vn.gov.moh.soc.stack.SocCommand} is the
 * {@code ./soc} command; {@link vn.gov.moh.soc.stack.Stack} is the engine that the command
 * and the test kit share.
 */
package vn.gov.moh.soc.stack;
