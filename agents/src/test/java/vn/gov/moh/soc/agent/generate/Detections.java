package vn.gov.moh.soc.agent.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.gov.moh.soc.core.event.Event;
import vn.gov.moh.soc.core.sigma.Alert;
import vn.gov.moh.soc.core.sigma.Detector;
import vn.gov.moh.soc.core.sigma.RuleLibrary;
import vn.gov.moh.soc.core.testdata.SharedData;

/** Runs events through soc-core's detector with the project's rules or SigmaHQ's, in one thread. */
final class Detections {
    /** An alert reduced to what the tests look at. */
    record Hit(String title, String level, Map<String, String> group, Event event) {
    }

    private static RuleLibrary project;
    private static RuleLibrary sigmaHq;

    private Detections() {
    }

    /** The platform's own rules (../rules, or {@code soc.rules.dir}). */
    static synchronized RuleLibrary projectRules() {
        if (project == null) {
            project = RuleLibrary.load(List.of(Path.of(System.getProperty("soc.rules.dir", "../rules"))));
            assertThat(project.rejected()).extracting(Exception::getMessage).isEmpty();
        }
        return project;
    }

    /**
     * SigmaHQ's rules for what the generator writes: Windows process creation and Security, web
     * servers, Linux (skipped when the shared data is missing).
     */
    static synchronized RuleLibrary sigmaHqRules() {
        if (sigmaHq == null) {
            Path rules = SharedData.dir("sigma/rules");
            sigmaHq = RuleLibrary.load(List.of(rules.resolve("windows/process_creation"),
                    rules.resolve("windows/builtin/security"), rules.resolve("web/webserver_generic"),
                    rules.resolve("linux")));
        } else {
            SharedData.dir("sigma/rules");
        }
        return sigmaHq;
    }

    static List<Hit> run(RuleLibrary library, List<Event> events) {
        Detector detector = new Detector(library);
        List<Hit> hits = new ArrayList<>();
        for (Event e : events) {
            for (Alert a : detector.process(e)) {
                if (a instanceof Alert.RuleMatch m) {
                    hits.add(new Hit(m.rule().title(), String.valueOf(m.rule().level()), Map.of(), e));
                } else {
                    var c = ((Alert.Correlation) a).alert();
                    hits.add(new Hit(c.rule().title(), String.valueOf(c.rule().level()), c.group(), e));
                }
            }
        }
        return hits;
    }

    static List<String> titles(List<Hit> hits) {
        return hits.stream().map(Hit::title).toList();
    }
}
