package vn.gov.moh.soc.portal.domain.model.protection;

import vn.gov.moh.soc.portal.domain.shared.Text;

import java.time.LocalDate;
import java.util.Objects;

/** Layer 4: since when and over which channel the unit shares information with the national monitoring system. */
public record NationalConnection(LocalDate connectedSince, String channel) {
    public NationalConnection {
        Objects.requireNonNull(connectedSince, "the connection date is required");
        channel = Text.required(channel, "the channel", 300);
    }
}
