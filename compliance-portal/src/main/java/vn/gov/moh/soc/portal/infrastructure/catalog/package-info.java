/**
 * The requirements catalog as versioned data: a YAML resource in the war
 * ({@code governance/requirements-catalog.yaml}), read and checked once at deployment.
 */
package vn.gov.moh.soc.portal.infrastructure.catalog;
