/**
 * Publishing the portal's data to the SOC pipeline: the inventory as soc-core assets for
 * {@code soc.assets} and Sigma rules for {@code soc.rules}, each change recorded in the outbox in the
 * transaction of the change itself, so that the database and the topics never tell different stories.
 */
package vn.gov.moh.soc.portal.application.pipeline;
