package vn.gov.moh.soc.jobs.index;

/** What the sink counts; the Flink writer publishes these in its metric group. Thread-safe. */
interface IndexMetrics {
    /** Documents Elasticsearch acknowledged. */
    void indexed(int documents);

    /** Documents sent again after a passing failure. */
    void retried(int documents);

    /** Documents rejected for good and handed to the dead-letter handler. */
    void rejected(int documents);

    /** Time from sending a bulk request to its answer (or failure). */
    void bulkLatency(long millis);

    IndexMetrics NONE = new IndexMetrics() {
        @Override
        public void indexed(int documents) {
        }

        @Override
        public void retried(int documents) {
        }

        @Override
        public void rejected(int documents) {
        }

        @Override
        public void bulkLatency(long millis) {
        }
    };
}
