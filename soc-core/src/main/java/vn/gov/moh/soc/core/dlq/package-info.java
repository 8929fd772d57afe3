/**
 * The record of the dead-letter topic {@code soc.dlq}: something a stage of the pipeline could not
 * process for good (a line no parser reads, a document Elasticsearch rejects), kept with the reason
 * so that an operator can fix the cause and replay it. Nothing the pipeline accepted is dropped
 * silently: it is either processed or dead-lettered.
 */
package vn.gov.moh.soc.core.dlq;
