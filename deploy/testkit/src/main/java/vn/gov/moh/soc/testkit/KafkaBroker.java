package vn.gov.moh.soc.testkit;

/**
 * Control over the test kit's own Kafka broker, for tests of what clients do while it is away.
 * Ask for it as a test parameter (with {@link KafkaEndpoint}); in reuse mode the running stack's
 * broker is never stopped, and a test asking for this is aborted with a message saying so.
 */
public final class KafkaBroker {
    private final TestStack stack;

    KafkaBroker(TestStack stack) {
        this.stack = stack;
    }

    /** Stops the broker (its data stays); clients see it unreachable. */
    public void stop() {
        stack.stopKafka();
    }

    /** Starts the broker again on the same port, with the same data, and waits until it is healthy. */
    public void start() {
        stack.startKafka();
    }
}
