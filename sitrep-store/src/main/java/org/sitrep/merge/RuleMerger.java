package org.sitrep.merge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.sitrep.model.Actor;
import org.sitrep.model.Casualties;
import org.sitrep.model.Count;
import org.sitrep.model.Damage;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.Location;

/**
 * The merge rules. Two reports are one attack when they come from different articles (an article's own
 * events were already told apart by the extractor), are attacks, have dates within a day of each other,
 * places within {@value #SAME_PLACE_KM} km (or the same admin1 unit, or country, when one side is that
 * coarse), and do not contradict each other on type, weapon or attacker.
 */
final class RuleMerger implements ReportMerger {

    static final double SAME_PLACE_KM = 25;

    @Override
    public boolean sameAttack(Report a, Report b) {
        Event x = a.event(), y = b.event();
        return !a.articleId().equals(b.articleId())
                && x.category() == Event.Category.ATTACK && y.category() == Event.Category.ATTACK
                && closeInTime(x.date(), y.date()) && samePlace(x.location(), y.location())
                && compatible(x.acled() == null ? null : x.acled().type(), y.acled() == null ? null : y.acled().type())
                && weaponsAgree(x.weapons(), y.weapons())
                && compatible(x.initiator() == null ? null : x.initiator().name(), y.initiator() == null ? null : y.initiator().name());
    }

    @Override
    public boolean sameInCopies(Event a, Event b) {
        Location x = a.location(), y = b.location();
        return a.category() == b.category() && a.plover().equals(b.plover())
                && Objects.equals(a.date().start(), b.date().start()) && Objects.equals(a.date().end(), b.date().end())
                && (x == null ? y == null : y != null && Objects.equals(x.name(), y.name()) && Objects.equals(x.countryCode(), y.countryCode()));
    }

    /** Weapon families: a report that says "missile" may be about the same "ballistic missile". */
    private static final List<Set<String>> FAMILIES = List.of(
            Set.of("missile", "ballistic_missile", "cruise_missile", "hypersonic_missile"),
            Set.of("airstrike", "aerial_bomb", "guided_aerial_bomb"),
            Set.of("artillery", "mlrs", "rocket", "mortar"));

    /** Reports agree on weapons when either names none, or they name one of the same family. */
    static boolean weaponsAgree(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return true;
        }
        for (String x : a) {
            for (String y : b) {
                if (x.equals(y) || FAMILIES.stream().anyMatch(f -> f.contains(x) && f.contains(y))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean closeInTime(EventDate a, EventDate b) {
        return a.resolved() && b.resolved() && !a.start().isAfter(b.end().plusDays(1)) && !b.start().isAfter(a.end().plusDays(1));
    }

    static boolean samePlace(Location a, Location b) {
        if (a == null || b == null || !Objects.equals(a.countryCode(), b.countryCode())) {
            return false;
        }
        Location.Level la = a.level(), lb = b.level();
        if (la == Location.Level.COUNTRY || lb == Location.Level.COUNTRY) {
            return la == lb;
        }
        if (la == Location.Level.ADMIN1 || lb == Location.Level.ADMIN1) {
            return a.admin1() != null && a.admin1().equals(b.admin1());
        }
        if ((a.geonameId() == null || b.geonameId() == null) && la == Location.Level.CITY && lb == Location.Level.CITY
                && !a.name().equalsIgnoreCase(b.name())) {
            return false; // a village the gazetteer lacks sits at its region's centre: only its name tells it apart
        }
        return a.kmTo(b) <= SAME_PLACE_KM;
    }

    private static boolean compatible(String a, String b) {
        return a == null || b == null || a.equals(b);
    }

    @Override
    public Event combine(String eventId, List<Report> reports) {
        if (reports.isEmpty()) {
            throw new IllegalArgumentException("event " + eventId + " has no reports to combine");
        }
        List<Report> byTime = new ArrayList<>(reports);
        byTime.sort(Comparator.comparing((Report r) -> r.published() == null ? java.time.LocalDate.MIN : r.published())
                .thenComparing(r -> tollUpdated(r.event())).thenComparingLong(Report::seq));
        List<Event> events = byTime.stream().map(Report::event).toList();
        Event latest = events.get(events.size() - 1);
        Location finest = events.stream().map(Event::location).filter(Objects::nonNull)
                .min(Comparator.comparingInt(l -> l.level().ordinal())).orElse(null);
        Casualties casualties = new Casualties(count(events, Casualties::killed), count(events, Casualties::injured),
                count(events, Casualties::childrenKilled), count(events, Casualties::childrenInjured),
                events.stream().map(e -> e.casualties() == null ? null : e.casualties().civilian()).filter(Objects::nonNull)
                        .reduce(Boolean::logicalOr).orElse(null));
        Set<Damage> damage = new LinkedHashSet<>();
        events.forEach(e -> damage.addAll(e.damage()));
        return new Event(eventId, latest.category(), firstNonNull(events, Event::acled), latest.plover(), date(events),
                finest, mostCommon(events, Event::initiator), mostCommon(events, Event::target),
                union(events, Event::weapons), union(events, Event::targets), casualties, List.copyOf(damage),
                union(events, Event::sources), latest.evidence(),
                Math.min(0.99, events.stream().mapToDouble(Event::confidence).max().orElse(0) + 0.05 * (events.size() - 1)));
    }

    /** The narrowest range all reports agree on, else the date of the report with the finest precision. */
    private static EventDate date(List<Event> events) {
        List<EventDate> dates = events.stream().map(Event::date).filter(EventDate::resolved).toList();
        if (dates.isEmpty()) {
            return events.get(0).date();
        }
        var start = dates.stream().map(EventDate::start).max(Comparator.naturalOrder()).orElseThrow();
        var end = dates.stream().map(EventDate::end).min(Comparator.naturalOrder()).orElseThrow();
        EventDate finest = dates.stream().min(Comparator.comparingInt((EventDate d) -> d.precision().ordinal())
                .thenComparing(d -> d.end().toEpochDay() - d.start().toEpochDay())).orElseThrow();
        return start.isAfter(end) ? finest : new EventDate(start, end, finest.precision(), finest.text());
    }

    /** Words that tell a toll changed ("has risen to 13"), from the language's toll-updates list. */
    private static final java.util.regex.Pattern UPDATE = java.util.regex.Pattern.compile("(?i)\\b(?:"
            + String.join("|", org.sitrep.lexicon.Resources.lines("/org/sitrep/lang/en/toll-updates.txt")) + ")\\b");

    /** Whether the report tells its toll as a change ("the toll has risen to 13"): it is newer than the others of its day. */
    static boolean tollUpdated(Event e) {
        return e.evidence().stream().anyMatch(v -> v.field().startsWith("casualties.") && UPDATE.matcher(v.text()).find());
    }

    /**
     * best from the most recent report that gives a figure (by publication day; within a day, one that tells the
     * toll rose or was revised, else the one stored later); low and high span all reports' best figures.
     */
    private static Count count(List<Event> events, Function<Casualties, Count> field) {
        List<Integer> bests = new ArrayList<>();
        Integer latest = null;
        for (Event e : events) {
            Count c = e.casualties() == null ? null : field.apply(e.casualties());
            if (c != null && c.best() != null) {
                bests.add(c.best());
                latest = c.best();
            }
        }
        if (latest == null) {
            return null;
        }
        return new Count(bests.stream().min(Integer::compare).orElseThrow(), latest, bests.stream().max(Integer::compare).orElseThrow());
    }

    private static <T> T firstNonNull(List<Event> events, Function<Event, T> field) {
        return events.stream().map(field).filter(Objects::nonNull).findFirst().orElse(null);
    }

    private static Actor mostCommon(List<Event> events, Function<Event, Actor> field) {
        Map<Actor, Integer> counts = new HashMap<>();
        events.stream().map(field).filter(Objects::nonNull).forEach(a -> counts.merge(a, 1, Integer::sum));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    private static List<String> union(List<Event> events, Function<Event, List<String>> field) {
        Set<String> out = new LinkedHashSet<>();
        events.forEach(e -> out.addAll(field.apply(e)));
        return List.copyOf(out);
    }
}
