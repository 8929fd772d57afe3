/**
 * The portal's connection to Elasticsearch, the store of events and alerts the correlation job
 * indexes: the settings ({@code portal.elasticsearch.*}) and the one client the console's queries
 * share.
 */
package vn.gov.moh.soc.portal.infrastructure.search;
