package vn.gov.moh.soc.jobs.rules;

import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;

/**
 * The broadcast state of live rules, shared by every function that evaluates rules: for each
 * rule id changed through {@code soc.rules}, its accepted YAML, or the empty string when it was
 * disabled. Rules loaded from files are not in it; the state overlays them.
 */
public final class RuleBroadcast {
    public static final MapStateDescriptor<String, String> OVERLAYS = new MapStateDescriptor<>("rule-overlays",
            Types.STRING, Types.STRING);

    /** Stage name of dead letters for rejected rule changes. */
    public static final String STAGE = "rules";

    private RuleBroadcast() {
    }
}
