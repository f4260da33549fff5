package pl.miasto4.indicator.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Status flags of an observation. Files may give them as words or as the Eurostat flag letters
 * (p provisional, e estimated, b break in time series, c confidential), separated by commas,
 * spaces or nothing ("pe").
 */
public record ObservationFlags(boolean provisional, boolean estimated, boolean breakInSeries, boolean confidential) {

    public static final ObservationFlags NONE = new ObservationFlags(false, false, false, false);

    /** Parses flags, or returns null when a flag is not known (the caller reports it). */
    public static ObservationFlags parse(String text) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        boolean p = false, e = false, b = false, c = false;
        for (String token : text.strip().toLowerCase(Locale.ROOT).split("[\\s,;|/]+")) {
            switch (token) {
                case "provisional", "wstępne", "wstepne", "tymczasowe" -> p = true;
                case "estimated", "szacunkowe", "oszacowane" -> e = true;
                case "break", "break_in_series", "break-in-series", "przerwa", "zmiana_metodologii" -> b = true;
                case "confidential", "poufne", "tajemnica" -> c = true;
                default -> {
                    if (!token.matches("[pebc]+")) {
                        return null;
                    }
                    p |= token.indexOf('p') >= 0;
                    e |= token.indexOf('e') >= 0;
                    b |= token.indexOf('b') >= 0;
                    c |= token.indexOf('c') >= 0;
                }
            }
        }
        return new ObservationFlags(p, e, b, c);
    }

    /** Eurostat letters, e.g. "pe", or "" for none. */
    public String letters() {
        StringBuilder sb = new StringBuilder();
        if (provisional) sb.append('p');
        if (estimated) sb.append('e');
        if (breakInSeries) sb.append('b');
        if (confidential) sb.append('c');
        return sb.toString();
    }

    public List<String> words() {
        List<String> w = new ArrayList<>();
        if (provisional) w.add("provisional");
        if (estimated) w.add("estimated");
        if (breakInSeries) w.add("break_in_series");
        if (confidential) w.add("confidential");
        return w;
    }
}
