package org.sitrep.decide;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.model.Count;
import org.sitrep.model.Event;
import org.sitrep.model.Location;

/**
 * Pairs the rules' attacks with gold attacks the way shared/eval/score does: the same place (within 30 km, 100 km or
 * the same admin1 for a region, the same country for a country, or the same name), best pairs first, each used once.
 */
final class GoldMatch {

    private static final Pattern UNIT_WORDS = Pattern.compile("\\b(oblast|region|province|governorate|city|town|village|raion|district)\\b");

    private GoldMatch() {
    }

    /** The indexes of {@code events} that a gold attack pairs with. */
    static Set<Integer> matched(List<Gold.Attack> gold, List<Event> events) {
        record Pair(double score, int g, int p) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) {
            for (int j = 0; j < events.size(); j++) {
                Gold.Attack g = gold.get(i);
                Event p = events.get(j);
                if (p.category() != Event.Category.ATTACK || p.location() == null || !(placeOk(g, p.location()) || nameOk(g, p.location()))) {
                    continue;
                }
                Count killed = p.casualties() == null ? null : p.casualties().killed();
                Integer best = killed == null ? null : killed.best();
                pairs.add(new Pair(2 + (dateOk(g, p) ? 1 : 0) + (best != null && best.equals(g.killed()) || best == null && g.killed() == null ? 0.5 : 0), i, j));
            }
        }
        pairs.sort((a, b) -> a.score() != b.score() ? Double.compare(b.score(), a.score())
                : a.g() != b.g() ? Integer.compare(b.g(), a.g()) : Integer.compare(b.p(), a.p()));
        Set<Integer> usedGold = new HashSet<>(), usedEvents = new HashSet<>();
        for (Pair pair : pairs) {
            if (!usedGold.contains(pair.g()) && !usedEvents.contains(pair.p())) {
                usedGold.add(pair.g());
                usedEvents.add(pair.p());
            }
        }
        return usedEvents;
    }

    static boolean placeOk(Gold.Attack g, Location p) {
        return switch (g.level()) {
            case "country" -> g.country() != null && g.country().equalsIgnoreCase(p.countryCode() == null ? "" : p.countryCode());
            case "admin1" -> !norm(g.admin1()).isEmpty() && norm(g.admin1()).equals(norm(p.admin1())) || km(g, p) <= 100;
            default -> km(g, p) <= 30;
        };
    }

    static boolean nameOk(Gold.Attack g, Location p) {
        String a = norm(g.name()), b = norm(p.name());
        return !a.isEmpty() && (a.equals(b) || a.length() > 3 && (a.contains(b) || b.contains(a)));
    }

    private static boolean dateOk(Gold.Attack g, Event p) {
        if (p.date().start() == null) {
            return false;
        }
        String start = p.date().start().toString(), end = (p.date().end() == null ? p.date().start() : p.date().end()).toString();
        return g.dates().stream().anyMatch(d -> start.compareTo(d) <= 0 && d.compareTo(end) <= 0);
    }

    private static double km(Gold.Attack g, Location p) {
        if (g.lat() == null || g.lon() == null) {
            return Double.POSITIVE_INFINITY;
        }
        return new Location("gold", null, null, null, null, g.lat(), g.lon(), Location.Level.CITY, null).kmTo(p);
    }

    static String norm(String s) {
        String lower = s == null ? "" : s.toLowerCase(Locale.ROOT);
        lower = UNIT_WORDS.matcher(lower).replaceAll(" ");
        lower = lower.replace("kiev", "kyiv").replace("odessa", "odesa").replace("kharkov", "kharkiv").replace("zaporozhye", "zaporizhzhia");
        return lower.replaceAll("[^a-z0-9]+", "");
    }
}
