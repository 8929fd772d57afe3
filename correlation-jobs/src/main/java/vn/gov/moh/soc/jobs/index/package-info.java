/**
 * The Elasticsearch sink of the pipeline: {@link vn.gov.moh.soc.jobs.index.ElasticsearchSink} writes
 * records as documents (index, id, JSON source) through elasticsearch-java's bulk API. Ids come from
 * the record, so a replay never duplicates: it overwrites an event ({@code index}) and leaves an
 * alert already stored as it is ({@code create}, a 409 counted as written); a checkpoint completes only once every
 * buffered document is acknowledged; items Elasticsearch refuses for a passing reason (429, 5xx,
 * connection errors) are retried with exponential backoff, items it refuses for good go to
 * {@code soc.dlq} with the reason; the writer blocks when the in-flight requests are at their limit,
 * which back-pressures the job when Elasticsearch is slow.
 */
package vn.gov.moh.soc.jobs.index;
