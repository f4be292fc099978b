package org.sitrep.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.sitrep.lexicon.Apostrophes;
import org.sitrep.lexicon.Lexicon;
import org.sitrep.model.Actor;
import org.sitrep.model.AnalyzedArticle;
import org.sitrep.model.Casualties;
import org.sitrep.model.Count;
import org.sitrep.model.DateMention;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.Evidence;
import org.sitrep.model.Location;
import org.sitrep.model.PlaceMention;
import org.sitrep.model.Sentence;

/**
 * Attacks told in Ukrainian or Russian, by the words of {@code lang/<code>/}. A sentence tells of an attack when it has
 * an attack word, a weapon or a casualty figure, and not a warning ("загроза"), a generality ("регулярно") or a link
 * to another story. Each place it names gets an event, its figures go to the first; a sentence that names none goes on
 * with the event before it. A region's event gives way to the one town of that region that has an event (the region
 * was the headline's way to name it), and, as a sum of them, to several towns when it has figures of its own.
 * Countries alone get no event. An event's date is the first its sentences give, else the last told before them,
 * else the day of publication.
 */
final class CyrillicEventExtractor implements EventExtractor {

    /** Four or more ", Name" in a sentence make it a roll of places, too long to be where one attack happened. */
    private static final Pattern ROLL = Pattern.compile(",\\s+\\p{Lu}");
    private static final int ROLL_LENGTH = 4;

    private final Lexicon attackWords;
    private final Lexicon weapons;
    private final Lexicon targets;
    private final Lexicon actors;
    private final CyrillicTolls tolls;

    CyrillicEventExtractor(String language) {
        String dir = "/org/sitrep/lang/" + language + "/";
        attackWords = Lexicon.load(dir + "attack-words.tsv");
        weapons = Lexicon.load(dir + "weapons.tsv");
        targets = Lexicon.load(dir + "targets.tsv");
        actors = Lexicon.load(dir + "actors.tsv");
        tolls = new CyrillicTolls(language);
    }

    @Override
    public Predicate<String> nonStateActors() {
        return w -> false;
    }

    /** What one event has gathered from its sentences. */
    private static final class Draft {
        Location location;
        final int firstSentence;
        EventDate date;
        Count killed, injured, childrenKilled, childrenInjured;
        boolean figures;
        final Set<String> weapons = new LinkedHashSet<>();
        final Set<String> targets = new LinkedHashSet<>();
        Actor attacker;
        final List<Evidence> evidence = new ArrayList<>();

        Draft(Location location, int firstSentence) {
            this.location = location;
            this.firstSentence = firstSentence;
        }

        void add(CyrillicTolls.Figure f, String text) {
            figures = true;
            evidence.add(new Evidence(f.kind() == Toll.Kind.KILLED ? "casualties.killed" : "casualties.injured", f.start(), f.end(),
                    text.substring(f.start(), f.end())));
            if (f.kind() == Toll.Kind.KILLED) {
                killed = Frame.larger(killed, f.count());
                childrenKilled = Frame.larger(childrenKilled, f.children());
                if (f.ofThose() && injured != null && injured.best() != null && f.count().best() != null
                        && injured.best() >= f.count().best()) { // "one of the injured died": no longer among them
                    int n = f.count().best();
                    injured = new Count(injured.low() == null ? null : Math.max(0, injured.low() - n), injured.best() - n,
                            injured.high() == null ? null : Math.max(0, injured.high() - n));
                }
            } else {
                injured = Frame.larger(injured, f.count());
                childrenInjured = Frame.larger(childrenInjured, f.children());
            }
        }

        void absorb(Draft other) {
            killed = Frame.larger(killed, other.killed);
            injured = Frame.larger(injured, other.injured);
            childrenKilled = Frame.larger(childrenKilled, other.childrenKilled);
            childrenInjured = Frame.larger(childrenInjured, other.childrenInjured);
            figures |= other.figures;
            weapons.addAll(other.weapons);
            targets.addAll(other.targets);
            attacker = attacker != null ? attacker : other.attacker;
            date = date != null ? date : other.date;
            evidence.addAll(other.evidence);
        }
    }

    @Override
    public List<Event> extract(AnalyzedArticle a) {
        Map<Integer, List<PlaceMention>> placesOf = new HashMap<>();
        a.places().forEach(p -> placesOf.computeIfAbsent(p.sentence(), k -> new ArrayList<>()).add(p));
        Map<Integer, List<DateMention>> datesOf = new HashMap<>();
        a.dates().stream().filter(d -> d.date().resolved()).forEach(d -> datesOf.computeIfAbsent(d.sentence(), k -> new ArrayList<>()).add(d));
        String text = a.article().text();
        List<Draft> drafts = new ArrayList<>();
        Draft before = new Draft(null, 0); // what is told before any place is named
        Draft current = null;
        Actor firstActor = null;
        List<PlaceMention> previous = List.of();
        for (Sentence s : a.sentences()) {
            org.sitrep.limit.TimeBudget.check();
            List<PlaceMention> told = previous;
            List<PlaceMention> here = places(s, placesOf.getOrDefault(s.index(), List.of()));
            previous = here;
            String plain = Apostrophes.plain(s.text());
            Set<String> kinds = new LinkedHashSet<>();
            attackWords.find(plain).forEach(m -> kinds.add(m.value()));
            List<Lexicon.Match> actorWords = actors.find(plain);
            Actor actor = actorWords.isEmpty() ? null : actor(actorWords.get(0).value());
            firstActor = firstActor != null ? firstActor : actor;
            if (kinds.contains("warning") || kinds.contains("generic") || kinds.contains("link")) {
                continue;
            }
            List<Lexicon.Match> arms = weapons.find(plain);
            List<CyrillicTolls.Figure> figures = tolls.read(s);
            if (!kinds.contains("attack") && arms.isEmpty() && figures.isEmpty()) {
                continue;
            }
            if (here.isEmpty()) {
                here = townJustNamed(told, s, current);
            }
            List<Draft> hit = new ArrayList<>();
            for (PlaceMention p : here) {
                Draft d = current != null && p.location().level() == Location.Level.ADMIN1
                        && current.location.level() == Location.Level.CITY && sameRegion(current.location, p.location())
                        ? current : draftAt(drafts, p.location(), s.index());
                if (!hit.contains(d)) {
                    hit.add(d);
                    d.evidence.add(new Evidence("location", p.start(), p.end(), p.text()));
                }
            }
            if (hit.isEmpty()) {
                hit.add(current != null ? current : before);
            }
            current = hit.get(0) == before ? null : hit.get(0);
            Draft first = hit.get(0);
            figures.forEach(f -> first.add(f, text));
            List<DateMention> dates = datesOf.getOrDefault(s.index(), List.of());
            for (Draft d : hit) {
                if (d.date == null && !dates.isEmpty()) {
                    d.date = dates.get(0).date();
                    d.evidence.add(new Evidence("date", dates.get(0).start(), dates.get(0).end(), dates.get(0).text()));
                }
                arms.forEach(m -> d.weapons.add(m.value()));
                targets.find(plain).forEach(m -> d.targets.add(m.value()));
                d.attacker = d.attacker != null ? d.attacker : actor;
                if (!arms.isEmpty()) {
                    d.evidence.add(new Evidence("weapons", s.start(), s.end(), s.text()));
                }
            }
        }
        if (!drafts.isEmpty()) {
            drafts.get(0).absorb(before);
        }
        List<Draft> kept = fold(drafts);
        EventIds ids = new EventIds(a.article());
        List<Event> out = new ArrayList<>();
        for (Draft d : kept) {
            out.add(event(d, ids, firstActor, dateBefore(a.dates(), d.firstSentence, a.storyDay())));
        }
        return out;
    }

    /** The places of a sentence where an attack can be: not countries, not a roll of places, not a region a town of it stands for. */
    private static List<PlaceMention> places(Sentence s, List<PlaceMention> named) {
        boolean roll = ROLL.matcher(s.text()).results().count() >= ROLL_LENGTH;
        List<PlaceMention> out = new ArrayList<>();
        for (PlaceMention p : named) {
            Location.Level level = p.location().level();
            if (level == Location.Level.COUNTRY || roll && level != Location.Level.ADMIN1) {
                continue;
            }
            if (level == Location.Level.ADMIN1 && named.stream().anyMatch(o -> o.location().level() == Location.Level.CITY
                    && (!roll) && sameRegion(o.location(), p.location()))) {
                continue;
            }
            out.add(p);
        }
        return out;
    }

    /**
     * "Ніч у Херсоні була неспокійною. Армія атакувала район міста": a sentence that names no place, right after one
     * that named a town (of the region the event so far is in), tells of that town.
     */
    private static List<PlaceMention> townJustNamed(List<PlaceMention> told, Sentence s, Draft current) {
        return told.stream().filter(p -> p.location().level() == Location.Level.CITY && p.sentence() == s.index() - 1
                && (current == null || current.location.level() == Location.Level.ADMIN1 && sameRegion(current.location, p.location())))
                .limit(1).toList();
    }

    private static Draft draftAt(List<Draft> drafts, Location l, int sentence) {
        for (Draft d : drafts) {
            if (d.location.name().equals(l.name()) && d.location.level() == l.level() && Objects.equals(d.location.admin1(), l.admin1())) {
                return d;
            }
        }
        Draft d = new Draft(l, sentence);
        drafts.add(d);
        return d;
    }

    /** A region's event goes into its one town's, or gives way, with figures, to several towns of it. */
    private static List<Draft> fold(List<Draft> drafts) {
        List<Draft> out = new ArrayList<>(drafts);
        for (Draft region : drafts) {
            if (region.location.level() != Location.Level.ADMIN1) {
                continue;
            }
            List<Draft> towns = drafts.stream().filter(d -> d.location.level() == Location.Level.CITY && sameRegion(d.location, region.location)
                    && (d.date == null || region.date == null || d.date.overlaps(region.date))).toList();
            if (towns.size() == 1) {
                towns.get(0).absorb(region);
                out.remove(region);
            } else if (towns.size() > 1 && region.figures) {
                out.remove(region);
            }
        }
        return out;
    }

    private static boolean sameRegion(Location a, Location b) {
        return a.admin1() != null && a.admin1().equals(b.admin1()) && Objects.equals(a.countryCode(), b.countryCode());
    }

    /** The date last told before a sentence, else the day the story tells of. */
    private static EventDate dateBefore(List<DateMention> dates, int sentence, LocalDate storyDay) {
        EventDate last = null;
        for (DateMention d : dates) {
            if (d.sentence() < sentence && d.date().resolved()) {
                last = d.date();
            }
        }
        return last != null ? last : storyDay != null ? EventDate.day(storyDay, "") : EventDate.unknown("");
    }

    private static Actor actor(String value) {
        String[] p = value.split("\\|");
        return new Actor(p[0], p[1], p[2]);
    }

    private static Event event(Draft d, EventIds ids, Actor firstActor, EventDate fallback) {
        EventDate date = d.date != null ? d.date : fallback;
        Actor initiator = d.attacker != null ? d.attacker : firstActor;
        boolean victims = Frame.best(d.killed) + Frame.best(d.injured) > 0;
        Casualties c = new Casualties(d.killed, d.injured, d.childrenKilled, d.childrenInjured, victims ? Boolean.TRUE : null);
        Actor target = victims ? new Actor("civilians", d.location.countryCode(), "civilians") : null;
        double confidence = Math.min(0.95, 0.35 + (victims ? 0.2 : 0) + (d.weapons.isEmpty() ? 0 : 0.15)
                + (initiator != null ? 0.15 : 0) + (date.resolved() ? 0.1 : 0));
        String key = d.location.name() + "|" + d.location.level() + "|" + date.start() + "|" + date.text();
        return new Event(ids.id("attack", key), Event.Category.ATTACK, Frame.acled(d.weapons, victims), "ASSAULT", date,
                d.location, initiator, target, List.copyOf(d.weapons), List.copyOf(d.targets), c, List.of(), List.of(),
                new ArrayList<>(new LinkedHashSet<>(d.evidence)), Math.round(confidence * 100) / 100.0);
    }
}
