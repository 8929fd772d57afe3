package vn.gov.moh.soc.core.parse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import vn.gov.moh.soc.core.event.Event;

/** What {@link EventReader#read} delivers for a test's input: the events and the rejected records. */
record ReadRecords(List<Event> events, List<EventReader.Rejected> rejected) {
    static ReadRecords of(EventReader reader, byte[] input, InputFormat format) throws IOException {
        List<Event> events = new ArrayList<>();
        List<EventReader.Rejected> rejected = new ArrayList<>();
        reader.read(new ByteArrayInputStream(input), format, events::add, rejected::add);
        return new ReadRecords(events, rejected);
    }

    static ReadRecords of(EventReader reader, String input, InputFormat format) throws IOException {
        return of(reader, input.getBytes(StandardCharsets.UTF_8), format);
    }
}
