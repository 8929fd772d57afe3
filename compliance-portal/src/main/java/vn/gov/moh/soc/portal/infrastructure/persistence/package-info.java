/**
 * The portal's database: the data source (H2 file by default, PostgreSQL in production, chosen by
 * configuration) and the Flyway migrations run before the application serves.
 */
package vn.gov.moh.soc.portal.infrastructure.persistence;
