package vn.gov.moh.soc.portal.infrastructure.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The portal's data source. Payara resolves {@code ${MPCONFIG=...}} when it creates the pool, from
 * the configuration sources known at deployment (system properties, environment): so the database
 * is chosen with {@code -Dportal.datasource.url=jdbc:h2:file:/path/portal} or
 * {@code jdbc:postgresql://host/db} plus the matching class name.
 */
@DataSourceDefinition(
        name = PortalDataSource.JNDI_NAME,
        className = "${MPCONFIG=portal.datasource.class}",
        url = "${MPCONFIG=portal.datasource.url}",
        user = "${MPCONFIG=portal.datasource.user}",
        password = "${MPCONFIG=portal.datasource.password}",
        minPoolSize = 1,
        maxPoolSize = 16)
@ApplicationScoped
public class PortalDataSource {
    public static final String JNDI_NAME = "java:app/jdbc/portal";
}
