package vn.gov.moh.soc.portal.interfaces.web.event;

import java.io.Serializable;
import vn.gov.moh.soc.portal.application.event.EventHit;

/** A line of the result table: the columns an analyst scans, the time in Vietnam's time zone. */
public record EventRow(String index, String id, String time, String dataset, String host, String sourceIp, String user,
                       String outcome, String unit, String message) implements Serializable {
    private static final int MESSAGE_CHARS = 200;

    static EventRow of(EventHit e) {
        String message = e.text("message");
        if (message.length() > MESSAGE_CHARS) {
            message = message.substring(0, MESSAGE_CHARS) + "…";
        }
        return new EventRow(e.index(), e.id(), e.timestamp() == null ? "" : Times.show(e.timestamp()), e.text("event.dataset"),
                e.text("host.name"), e.text("source.ip"), e.text("user.name"), e.text("event.outcome"), e.text("organization.id"),
                message);
    }
}
