package org.sitrep.export;

import java.util.Map;
import java.util.TreeMap;
import org.sitrep.model.Event;

/** What an export wrote, by event category, and what it left out, by reason: the count a user is told. */
public final class Written {

    private final Map<String, Integer> wrote = new TreeMap<>();
    private final Map<String, Integer> leftOut = new TreeMap<>();

    void wrote(Event e) {
        wrote.merge(e.category().name().toLowerCase(java.util.Locale.ROOT), 1, Integer::sum);
    }

    void leftOut(String why) {
        leftOut.merge(why, 1, Integer::sum);
    }

    /** Events written, per category ("attack", "political"). */
    public Map<String, Integer> byCategory() {
        return Map.copyOf(wrote);
    }

    /** Events left out, per reason. */
    public Map<String, Integer> leftOut() {
        return Map.copyOf(leftOut);
    }

    public int count() {
        return wrote.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** E.g. "exported 121 events as geojson (100 attack, 21 political); left out 20 (no coordinates)". */
    public String summary(String format) {
        StringBuilder s = new StringBuilder("exported ").append(count()).append(count() == 1 ? " event" : " events")
                .append(" as ").append(format);
        if (!wrote.isEmpty()) {
            s.append(" (").append(join(wrote)).append(')');
        }
        if (!leftOut.isEmpty()) {
            s.append("; left out ").append(leftOut.values().stream().mapToInt(Integer::intValue).sum()).append(" (").append(join(leftOut)).append(')');
        }
        return s.toString();
    }

    private static String join(Map<String, Integer> counts) {
        StringBuilder s = new StringBuilder();
        counts.forEach((k, n) -> s.append(s.length() == 0 ? "" : ", ").append(n).append(' ').append(k));
        return s.toString();
    }
}
