package vn.gov.moh.soc.agent.generate;

import java.util.SplittableRandom;

/**
 * The daily rhythm of a hospital in local time: how busy staff are each hour and so which share
 * of the lines each stream gets. The total rate stays the one asked for; at night clinical
 * streams (portal, EHR) shrink and machine noise (firewall, services) dominates.
 */
final class Diurnal {
    private static final TelemetryStream[] STREAMS = TelemetryStream.values();
    /** Per hour, cumulative weights of the streams in {@link TelemetryStream} order. */
    private final int[][] cumulative = new int[24][];

    Diurnal() {
        for (int h = 0; h < 24; h++) {
            double a = activity(h);
            int[] w = new int[STREAMS.length];
            for (TelemetryStream s : STREAMS) {
                w[s.ordinal()] = (int) Math.round(switch (s) {
                    case AUTH -> 40 + 40 * a;
                    case NGINX -> 100 + 330 * a;
                    case WINDOWS -> 150 + 150 * a;
                    case EHR -> 40 + 200 * a;
                    case FIREWALL -> 200 - 50 * a;
                });
            }
            for (int i = 1; i < w.length; i++) {
                w[i] += w[i - 1];
            }
            cumulative[h] = w;
        }
    }

    /** How busy staff are at a local hour, from 0.1 (deep night) to 1 (morning rounds and clinics). */
    static double activity(int hour) {
        if (hour >= 7 && hour < 11 || hour >= 13 && hour < 17) {
            return 1.0;
        }
        if (hour >= 11 && hour < 13) {
            return 0.7;
        }
        if (hour >= 17 && hour < 19 || hour == 6) {
            return 0.45;
        }
        if (hour >= 19 && hour < 22) {
            return 0.25;
        }
        return 0.1;
    }

    /** Night for the EHR rules: 18:00 to 06:59 local time. */
    static boolean night(int hour) {
        return hour >= 18 || hour < 7;
    }

    /** The stream of the next line at this local hour. */
    TelemetryStream pick(int hour, SplittableRandom rng) {
        int[] w = cumulative[hour];
        int r = rng.nextInt(w[w.length - 1]);
        for (int i = 0; i < w.length; i++) {
            if (r < w[i]) {
                return STREAMS[i];
            }
        }
        return STREAMS[STREAMS.length - 1];
    }
}
