package vn.gov.moh.soc.jobs.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.flink.util.InstantiationUtil;
import org.junit.jupiter.api.Test;
import vn.gov.moh.soc.core.event.Event;
import vn.gov.moh.soc.core.event.EventJson;
import vn.gov.moh.soc.core.naming.Namespace;

class EventDocumentMapperTest {
    private final EventDocumentMapper mapper = new EventDocumentMapper(Namespace.of("t1"));

    @Test
    void anEventGoesToTheIndexOfItsUtcDayUnderItsId() {
        Event e = new Event().put("@timestamp", "2026-11-21T23:30:00-02:00").put("event.id", "agent-1:file:42")
                .put("host.name", "his-web-01");

        IndexDocument d = mapper.toDocument(e);

        assertThat(d.index()).isEqualTo("t1-soc-events-2026.11.22");
        assertThat(d.id()).isEqualTo("agent-1:file:42");
        assertThat(EventJson.read(d.source()).fields()).isEqualTo(e.fields());
    }

    @Test
    void anEventWithoutIdOrTimeCannotBePlaced() {
        assertThatThrownBy(() -> mapper.toDocument(new Event().put("@timestamp", "2026-11-21T10:00:00Z")))
                .hasMessage("the event has no event.id");
        assertThatThrownBy(() -> mapper.toDocument(new Event().put("event.id", "x").put("@timestamp", "yesterday")))
                .hasMessage("event x has no valid @timestamp");
    }

    @Test
    void theMapperTravelsWithTheJobGraph() throws Exception {
        EventDocumentMapper copy = InstantiationUtil.clone(mapper);

        assertThat(copy.toDocument(new Event().put("@timestamp", "2026-11-21T10:00:00Z").put("event.id", "y")).index())
                .isEqualTo("t1-soc-events-2026.11.21");
    }
}
