/**
 * Kafka publishing of the outbox: the settings ({@code portal.kafka.*}), the outbox table, the
 * relay that sends pending rows in order with an idempotent producer and marks them sent, and the
 * timer that runs it.
 */
package vn.gov.moh.soc.portal.infrastructure.messaging;
