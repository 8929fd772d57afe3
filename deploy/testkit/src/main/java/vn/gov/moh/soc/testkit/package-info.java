/**
 * The test kit: a JUnit 5 extension, {@link vn.gov.moh.soc.testkit.RealStack}, that hands
 * integration tests the real Kafka, Elasticsearch, Keycloak and PostgreSQL of the local stack. The servers
 * start once per test JVM on free ports (or are taken from a running {@code ./soc up} when
 * asked to), each test class gets its own {@link vn.gov.moh.soc.core.naming.Namespace} with the
 * topics, index templates and PostgreSQL database created in it, and everything is stopped and cleaned at the end.
 */
package vn.gov.moh.soc.testkit;
