package vn.gov.moh.soc.core.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import vn.gov.moh.soc.core.event.EventJson;
import vn.gov.moh.soc.core.sigma.Alert;
import vn.gov.moh.soc.core.sigma.correlation.CorrelationAlert;
import vn.gov.moh.soc.core.sigma.rule.SigmaRule;

/** One alert as a JSON line: rule id, title, level, tags, and the event or the correlation group, count and window. */
final class AlertJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private AlertJson() {
    }

    static String of(Alert alert) {
        ObjectNode out = JSON.createObjectNode();
        if (alert instanceof Alert.RuleMatch m) {
            SigmaRule r = m.rule();
            out.put("type", "rule");
            out.put("rule_id", r.id());
            out.put("title", r.title());
            out.put("level", r.level());
            out.set("tags", JSON.valueToTree(r.tags()));
            try {
                out.set("event", JSON.readTree(EventJson.write(m.event())));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        } else {
            CorrelationAlert c = ((Alert.Correlation) alert).alert();
            out.put("type", "correlation");
            out.put("id", c.id());
            out.put("rule_id", c.rule().id());
            out.put("title", c.rule().title());
            out.put("level", c.rule().level());
            out.put("correlation_type", c.rule().type());
            out.set("tags", JSON.valueToTree(c.rule().tags()));
            out.set("group", JSON.valueToTree(c.group()));
            out.put("count", c.count());
            out.put("value", c.value());
            out.put("window_start", c.windowStart().toString());
            out.put("window_end", c.windowEnd().toString());
            out.set("event_ids", JSON.valueToTree(c.eventIds()));
        }
        return out.toString();
    }
}
