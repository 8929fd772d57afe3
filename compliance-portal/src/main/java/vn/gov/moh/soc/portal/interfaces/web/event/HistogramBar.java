package vn.gov.moh.soc.portal.interfaces.web.event;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import vn.gov.moh.soc.portal.application.event.EventPage;

/**
 * A bar of the histogram, laid out for an SVG of {@link #WIDTH} × {@link #HEIGHT}: plain SVG
 * rather than a chart library, since a bar per bucket with its count as tooltip is all it shows.
 */
public record HistogramBar(double x, double y, double width, double height, String label, long count) implements Serializable {
    public static final int WIDTH = 1000;
    public static final int HEIGHT = 120;

    static List<HistogramBar> layout(List<EventPage.Bucket> buckets) {
        long max = buckets.stream().mapToLong(EventPage.Bucket::count).max().orElse(0);
        List<HistogramBar> bars = new ArrayList<>();
        if (buckets.isEmpty()) {
            return bars;
        }
        double w = (double) WIDTH / buckets.size();
        for (int i = 0; i < buckets.size(); i++) {
            EventPage.Bucket b = buckets.get(i);
            double h = max == 0 ? 0 : (double) HEIGHT * b.count() / max;
            bars.add(new HistogramBar(i * w, HEIGHT - h, Math.max(w - 1, 1), h, Times.show(b.start()), b.count()));
        }
        return bars;
    }
}
