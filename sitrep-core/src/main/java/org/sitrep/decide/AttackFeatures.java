package org.sitrep.decide;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.sitrep.model.Article;
import org.sitrep.model.Count;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.Location;

/**
 * What the event model sees of each attack the rules found: how precise its place is, whether it carries a toll, how
 * long before publication it happened, whether it lies in the article's focus (the country most of its attacks are
 * in) or in its title, how much text tells of it and where, and whether a finer or coarser place of the same article
 * accounts for it. Each feature is a short string; a pair of them joined by {@code &} is a conjunction.
 */
final class AttackFeatures {

    private static final int LEAD = 400;

    private AttackFeatures() {
    }

    /** One list of features per event, in the events' order; political events get an empty list. */
    static List<List<String>> of(Article article, List<Event> events) {
        List<Event> attacks = events.stream().filter(e -> e.category() == Event.Category.ATTACK).toList();
        String focus = focus(attacks);
        List<List<String>> out = new ArrayList<>(events.size());
        for (Event e : events) {
            out.add(e.category() == Event.Category.ATTACK ? features(article, e, attacks, focus) : List.of());
        }
        return out;
    }

    private static List<String> features(Article article, Event e, List<Event> attacks, String focus) {
        Location where = e.location();
        String level = where == null ? "none" : where.level().name().toLowerCase(Locale.ROOT);
        String tolls = "k" + toll(e.casualties() == null ? null : e.casualties().killed())
                + "i" + toll(e.casualties() == null ? null : e.casualties().injured());
        String ago = ago(article.published(), e.date().start(), e.date().end());
        String inFocus = where != null && Objects.equals(where.countryCode(), focus) ? "yes" : "no";
        List<String> f = new ArrayList<>();
        f.add("level=" + level);
        f.add("tolls=" + tolls);
        f.add("ago=" + ago);
        f.add("focus=" + inFocus);
        f.add("title=" + (where != null && named(article.title(), where) ? "yes" : "no"));
        f.add("attacker=" + (e.initiator() != null ? "yes" : "no"));
        f.add("weapons=" + (e.weapons().isEmpty() ? "no" : "yes"));
        f.add("targets=" + (e.targets().isEmpty() ? "no" : "yes"));
        f.add("sentences=" + bucket(sentences(e), 1, 3));
        f.add("first=" + first(article.text().length(), e.evidence()));
        f.add("finer=" + (where != null && attacks.stream().anyMatch(o -> o != e && within(o.location(), where)) ? "yes" : "no"));
        f.add("coarser=" + (where != null && attacks.stream().anyMatch(o -> o != e && within(where, o.location())) ? "yes" : "no"));
        f.add("attacks=" + bucket(attacks.size(), 1, 3));
        f.add("level&tolls=" + level + "&" + tolls);
        f.add("level&focus=" + level + "&" + inFocus);
        f.add("ago&tolls=" + ago + "&" + tolls);
        return f;
    }

    /** The country code most of the article's attacks are placed in, the first named on a tie; null without any. */
    private static String focus(List<Event> attacks) {
        Map<String, Integer> counts = new HashMap<>();
        String best = null;
        for (Event e : attacks) {
            if (e.location() == null || e.location().countryCode() == null) {
                continue;
            }
            int n = counts.merge(e.location().countryCode(), 1, Integer::sum);
            if (best == null || n > counts.get(best)) {
                best = e.location().countryCode();
            }
        }
        return best;
    }

    private static String toll(Count c) {
        return c == null || c.best() == null ? "?" : c.best() == 0 ? "0" : "+";
    }

    /** Days from the event's end to publication, in buckets; "unknown" without either date. */
    static String ago(LocalDate published, LocalDate start, LocalDate end) {
        if (published == null || start == null) {
            return "unknown";
        }
        long days = ChronoUnit.DAYS.between(end == null ? start : end, published);
        if (days < 0) {
            return "future";
        }
        return days == 0 ? "0" : days == 1 ? "1" : days <= 7 ? "2-7" : days <= 31 ? "8-31" : "older";
    }

    private static boolean named(String title, Location where) {
        if (title == null) {
            return false;
        }
        String t = title.toLowerCase(Locale.ROOT);
        return t.contains(where.name().toLowerCase(Locale.ROOT)) || where.admin1() != null && t.contains(where.admin1().toLowerCase(Locale.ROOT));
    }

    private static int sentences(Event e) {
        return (int) e.evidence().stream().map(Evidence::start).distinct().count();
    }

    private static String first(int length, List<Evidence> evidence) {
        int start = evidence.stream().mapToInt(Evidence::start).min().orElse(length);
        return start < LEAD ? "lead" : start < length / 3 ? "early" : "late";
    }

    /** Whether {@code inner} is a finer place inside {@code outer}: a city in a region, a region or city in a country. */
    private static boolean within(Location inner, Location outer) {
        if (inner == null || outer == null || inner.level().ordinal() >= outer.level().ordinal()
                || !Objects.equals(inner.countryCode(), outer.countryCode())) {
            return false;
        }
        return outer.level() == Location.Level.COUNTRY || outer.level() == Location.Level.ADMIN1 && Objects.equals(inner.admin1(), outer.name());
    }

    private static String bucket(int n, int one, int few) {
        return n <= one ? String.valueOf(one) : n <= few ? "2-" + few : few + 1 + "+";
    }
}
