package vn.gov.moh.soc.core.event;

import java.util.Set;

/**
 * Which Sigma log source an event belongs to, decided by the parser that made it: the product
 * ({@code windows}, {@code linux}), the categories ({@code process_creation}; a Sysmon registry
 * event is both {@code registry_set} and {@code registry_event}) and the service
 * ({@code sshd}, {@code security}). Rules are routed to events by it.
 *
 * @param product    lower-case product, or null when unknown
 * @param categories lower-case categories, possibly empty
 * @param service    lower-case service, or null when unknown
 */
public record LogSource(String product, Set<String> categories, String service) {
    public static final LogSource UNKNOWN = new LogSource(null, Set.of(), null);

    public LogSource {
        categories = Set.copyOf(categories);
    }

    public static LogSource of(String product, String service, String... categories) {
        return new LogSource(product, Set.of(categories), service);
    }
}
