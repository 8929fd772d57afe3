package vn.gov.moh.soc.core.sigma.correlation;

import java.util.ArrayList;
import java.util.List;

/**
 * What one correlation rule remembers about one group key: the hits inside its window, in
 * event-time order. A plain mutable class with public fields so that stream processors can
 * serialize it as a POJO.
 */
public final class CorrelationState {
    /** Event times, epoch milliseconds, ascending. */
    public List<Long> times = new ArrayList<>();
    /** Index (in the correlation's rule list) of the rule each hit came from. */
    public List<Integer> rules = new ArrayList<>();
    /** The value of the condition field for each hit (value_* types), or null. */
    public List<String> values = new ArrayList<>();
    /** Ids of the events of each hit, to cite in the alert. */
    public List<String> eventIds = new ArrayList<>();

    public int size() {
        return times.size();
    }

    public boolean isEmpty() {
        return times.isEmpty();
    }

    void insert(long time, int rule, String value, String eventId) {
        int at = times.size();
        while (at > 0 && times.get(at - 1) > time) {
            at--;
        }
        times.add(at, time);
        rules.add(at, rule);
        values.add(at, value);
        eventIds.add(at, eventId);
    }

    void removeFirst(int n) {
        times.subList(0, n).clear();
        rules.subList(0, n).clear();
        values.subList(0, n).clear();
        eventIds.subList(0, n).clear();
    }

    void clear() {
        times.clear();
        rules.clear();
        values.clear();
        eventIds.clear();
    }

    /** Time of the newest hit, epoch milliseconds; the state must not be empty. */
    public long newest() {
        return times.get(times.size() - 1);
    }
}
