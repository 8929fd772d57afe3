package vn.gov.moh.soc.core.sigma.eval;

import vn.gov.moh.soc.core.event.Event;

/** A compiled test on an event. Implementations are immutable and thread-safe. */
@FunctionalInterface
public interface Matcher {
    boolean matches(Event event);

    Matcher NEVER = e -> false;
    Matcher ALWAYS = e -> true;
}
