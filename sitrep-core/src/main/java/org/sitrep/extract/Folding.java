package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.sitrep.model.Actor;
import org.sitrep.model.Location;

/**
 * Folds the frames of one article that tell of the same attack into one, and drops those that other frames
 * account for: a city into the site attacked there, a retelling into its dated account, a neighbourhood into
 * its city, a region or country total into the places that add up to it.
 */
final class Folding {

    /** Places named together in one sentence that make a list of where something hit. */
    private static final int LIST = 3;
    private final List<Frame> frames;
    private final Function<Location, Actor> fallback;
    private final Actor mostNamed;

    /**
     * {@code fallback}: the attacker of a place when no sentence about it named one; {@code mostNamed}: the attacker
     * the article names most, or null.
     */
    Folding(List<Frame> frames, Function<Location, Actor> fallback, Actor mostNamed) {
        this.frames = frames;
        this.fallback = fallback;
        this.mostNamed = mostNamed;
    }

    /** The frames that tell of attacks of their own, after folding those that other frames already tell of. */
    List<Frame> attacks() {
        List<Frame> out = new ArrayList<>();
        fold(this::siteWithin, false);
        fold(this::retold, true);
        fold(this::cityAround, true);
        fold(f -> f.location().level() == Location.Level.ADMIN1 && !f.hasFigures() ? cityWithin(f) : null, false);
        fold(this::countryToll, false);
        fold(this::townOfDistrict, false);
        fold(this::cityOfItsUnit, true);
        for (Frame f : frames) {
            if (f.location().level() == Location.Level.COUNTRY && (coveredByPlaces(f) || attackerAtHome(f))) {
                continue;
            }
            if (f.location().level() == Location.Level.ADMIN1 && f.killed() != null && coveredByPlaces(f)) {
                continue; // "30 killed in Gaza": 28 in Rafah and two in the Netzarim corridor, already events
            }
            Frame part = f.location().level() == Location.Level.ADMIN1 ? onlyPartWithin(f) : null;
            part = part != null ? part : placeOfTotal(f);
            if (part != null) {
                part.takeOverWithFigures(f);
                continue; // "24 killed in two strikes in central Gaza ... one in Gaza City killed four": the 24 are Gaza City's
            }
            if (!f.hasAttackEvidence()) {
                continue;
            }
            out.add(f);
        }
        return out;
    }

    private Actor attackerOf(Frame f) {
        return f.attacker() != null ? f.attacker() : fallback.apply(f.location());
    }

    /** A country-wide frame in the attacker's own country: where drones were launched from, not where they hit. */
    private boolean attackerAtHome(Frame country) {
        Actor by = country.attacker() != null ? country.attacker() : fallback.apply(country.location());
        by = by != null ? by : mostNamed;
        return by != null && Objects.equals(by.countryCode(), country.location().countryCode());
    }

    /**
     * "planes were damaged in Murmansk and Irkutsk" beside "the Olenegorsk air base in Murmansk": a city or region
     * without figures (or with none hurt: "no casualties" in Crimea beside the Saky air base), in whose admin1 unit a
     * site was attacked at the same time, names that site's attack. Null when there is no such site frame.
     */
    private Frame siteWithin(Frame f) {
        if (Frame.best(f.killed()) > 0 || Frame.best(f.injured()) > 0 || f.location().level() != Location.Level.CITY && f.location().level() != Location.Level.ADMIN1) {
            return null;
        }
        String unit = f.location().level() == Location.Level.ADMIN1 ? f.location().name() : f.location().admin1();
        for (Frame site : frames) {
            if (site != f && site.location().level() == Location.Level.POINT && unit != null
                    && unit.equals(site.location().admin1()) && Frame.sameTime(site.date(), f.date())) {
                return site;
            }
        }
        return null;
    }

    /**
     * Folds each frame that another frame already tells of into that one and drops it; {@code figures} when the
     * larger figures of the two are kept (else the other frame's own stand).
     */
    private void fold(Function<Frame, Frame> into, boolean figures) {
        List<Frame> gone = new ArrayList<>();
        for (Frame f : frames) {
            Frame whole = gone.contains(f) ? null : into.apply(f);
            if (whole == null || gone.contains(whole)) {
                continue;
            }
            Actor had = whole.attacker();
            if (figures) {
                whole.takeOverWithFigures(f);
            } else {
                whole.takeOver(f);
            }
            if (had == null && whole.attacker() != null && "state_forces".equals(whole.attacker().type())
                    && Objects.equals(whole.attacker().countryCode(), whole.location().countryCode())) {
                whole.forgetAttacker(); // a state named near its own city ("the Russian ministry said") did not hit itself
            }
            gone.add(f);
        }
        frames.removeAll(gone);
    }

    /**
     * The same attack told twice, with the same figures: for a frame whose date no sentence gave, a dated frame at
     * the same place ("11 killed near a stadium in Gaza City" and "Friday evening's strike near the stadium in Gaza
     * City killed 11"), or, for such a frame without figures, a dated one with figures there ("the shootings in
     * Pahalgam" and "the 22 April attack saw 26 people killed"); for a frame whose place no sentence gave, a frame
     * with a place on the same date ("the 22 April attack which left 26 dead"). Or null.
     */
    private Frame retold(Frame f) {
        boolean dated = f.told("date"), placed = f.told("location"), figures = f.hasFigures();
        for (Frame g : frames) {
            boolean same = g != f && Objects.equals(f.killed(), g.killed()) && Objects.equals(f.injured(), g.injured());
            boolean more = g != f && !figures && g.hasFigures();
            if ((same && figures || more) && !dated && g.told("date") && Frame.samePlace(f.location(), g.location())
                    || same && figures && !placed && dated && g.told("date") && f.date().overlaps(g.date())
                    && (g.told("location") || g.location().level().ordinal() < f.location().level().ordinal())) {
                return g;
            }
        }
        return null;
    }

    /**
     * "the strikes have killed eight civilians" in Pakistan and "three areas were hit: Muzaffarabad and Kotli ...,
     * and Bahawalpur": a list of places without figures of their own, when no place in the country has any, says
     * where the country's toll fell; they are not attacks apart from it. The country frame, or null.
     */
    private Frame countryToll(Frame f) {
        if (f.hasFigures() || f.location().level() == Location.Level.COUNTRY || f.placeSentence() < 0
                || frames.stream().filter(g -> g.placeSentence() == f.placeSentence() && !g.hasFigures()).count() < LIST) {
            return null;
        }
        Frame country = null;
        for (Frame g : frames) {
            boolean inside = g != f && Objects.equals(g.location().countryCode(), f.location().countryCode()) && Frame.sameTime(f.date(), g.date());
            if (inside && g.location().level() != Location.Level.COUNTRY && g.hasFigures()) {
                return null;
            }
            if (inside && g.location().level() == Location.Level.COUNTRY && g.hasFigures()
                    && Objects.equals(attackerOf(g), attackerOf(f))) {
                country = g;
            }
        }
        return country;
    }

    /**
     * "attacks on the Nikopol district ... the district centre, the city of Nikopol, was hit": a district without figures
     * of its own, named after a town struck at the same time, tells of that town's attack. The town's frame, or null.
     */
    private Frame townOfDistrict(Frame f) {
        if (f.location().level() != Location.Level.ADMIN2 || f.location().geonameId() == null || f.hasFigures()) {
            return null;
        }
        return frames.stream().filter(g -> g != f && g.location().level() == Location.Level.CITY
                && f.location().geonameId().equals(g.location().geonameId()) && Frame.sameTime(f.date(), g.date())).findFirst().orElse(null);
    }

    /**
     * "Sevastopol City" beside "Sevastopol": a unit that is all but one city ("X City") tells of that city's attack at
     * the same time. The city's frame, or null.
     */
    private Frame cityOfItsUnit(Frame f) {
        String name = f.location().name();
        if (f.location().level() != Location.Level.ADMIN1 || !name.endsWith(" City")) {
            return null;
        }
        String city = name.substring(0, name.length() - " City".length());
        return frames.stream().filter(g -> g != f && g.location().level() == Location.Level.CITY && name.equals(g.location().admin1())
                && g.location().name().equalsIgnoreCase(city) && Frame.sameTime(f.date(), g.date())).findFirst().orElse(null);
    }

    /**
     * The city around a neighbourhood or site whose figures are within the city's: "23 found dead in the Solomianskyi
     * block", "28 killed in Kyiv", or risen since ("the number of injured increased to 23" after the Obolonskyi
     * district was told); not when the two tell of other weapons (a drone overnight, glide bombs by day).
     */
    private Frame cityAround(Frame f) {
        if (f.location().level() != Location.Level.POINT || f.apart()) {
            return null;
        }
        for (Frame g : frames) {
            if (g.location().level() == Location.Level.CITY && g.hasFigures()
                    && Objects.equals(f.location().admin1(), g.location().admin1()) && f.location().kmTo(g.location()) <= 20
                    && Frame.sameTime(f.date(), g.date()) && (f.tollRose()
                            || Frame.best(f.killed()) <= Frame.best(g.killed()) && Frame.best(f.injured()) <= Frame.best(g.injured()))
                    && (f.weapons().isEmpty() || g.weapons().isEmpty() || !java.util.Collections.disjoint(f.weapons(), g.weapons()))) {
                return g;
            }
        }
        return null;
    }

    /**
     * The one place inside a region frame that has figures, at the same time, when the region's figures are the
     * larger: the region's total then tells of that place's attacks. Null when there is none, or more than one.
     */
    private Frame onlyPartWithin(Frame region) {
        if (!region.hasFigures() || region.wide()) {
            return null;
        }
        Frame only = null;
        for (Frame f : frames) {
            if (f != region && inside(f, region) && Frame.sameTime(f.date(), region.date())
                    && f.hasFigures()) {
                if (only != null) {
                    return null;
                }
                only = f;
            }
        }
        return only != null && Frame.best(only.killed()) <= Frame.best(region.killed()) && Frame.best(only.injured()) <= Frame.best(region.injured()) ? only : null;
    }

    /**
     * "Drones killed two in a resort area of Crimea ... the attack targeted a sanatorium in the town of Foros": a region
     * (or part of a country: "southern Lebanon") told with figures, where the places inside it told after it at the same
     * time have none of the same kind, is the summary of the attack on the first of them (the dead told for the region
     * and the wounded for the village add up to one attack). Null when a place inside has figures of a kind the region
     * gives, the figures were "across" the region, or no place inside was told after it.
     */
    private Frame placeOfTotal(Frame region) {
        boolean country = region.location().level() == Location.Level.COUNTRY;
        if (!region.tellsAnyToll() || region.wide() || region.placeSentence() < 0
                || region.location().level() != Location.Level.ADMIN1 && !country) {
            return null;
        }
        Frame first = null;
        int parts = 0, scenes = 0;
        for (Frame f : frames) {
            if (f == region || !inside(f, region) || !Frame.sameTime(f.date(), region.date())) {
                continue;
            }
            if (f.tells(Toll.Kind.KILLED) && region.tells(Toll.Kind.KILLED) || f.tells(Toll.Kind.INJURED) && region.tells(Toll.Kind.INJURED)) {
                return null; // its own figures of the same kind: another attack in the region
            }
            first = first == null || f.placeSentence() < first.placeSentence() ? f : first;
            parts++;
            scenes += f.scene() ? 1 : 0;
        }
        if (country && region.side() == null && !(parts == 1 && scenes == 1)) {
            return null; // a whole country's toll ("killed six in Iran") may be more than one town's, unless its scene is told
        }
        return first != null && first.placeSentence() >= region.placeSentence() ? first : null; // the summary first, then where
    }

    /** A frame at a place inside this admin1 frame's unit, on an overlapping date, or null. */
    private Frame cityWithin(Frame admin) {
        for (Frame f : frames) {
            if (f != admin && inside(f, admin) && Frame.sameTime(f.date(), admin.date())) {
                return f;
            }
        }
        return null;
    }

    /** Units inside another though the gazetteer keeps them apart, as "CC|inner" to outer (geo/admin1-within.tsv). */
    private static final java.util.Map<String, String> WITHIN = org.sitrep.lexicon.Resources.lines("/org/sitrep/geo/admin1-within.tsv")
            .stream().map(l -> l.split("\t")).collect(java.util.stream.Collectors.toMap(r -> r[0] + "|" + r[1], r -> r[2]));

    /** Whether a frame's place is a finer one inside a region or country frame's: in that admin1 unit, or that country. */
    private static boolean inside(Frame f, Frame whole) {
        Location place = f.location(), around = whole.location();
        return place.level().ordinal() < around.level().ordinal() && (around.level() == Location.Level.COUNTRY
                ? Objects.equals(place.countryCode(), around.countryCode())
                : Objects.equals(place.admin1(), around.name()) || around.name().equals(WITHIN.get(place.countryCode() + "|" + place.admin1())));
    }

    /** A country-wide (or admin1-wide) frame whose figures the frames of its own places already account for. */
    private boolean coveredByPlaces(Frame country) {
        int killed = 0, injured = 0, parts = 0, finer = 0;
        boolean region = country.location().level() == Location.Level.ADMIN1;
        for (Frame f : frames) {
            boolean inside = inside(f, country);
            boolean sameSide = !region || Objects.equals(attackerOf(f), attackerOf(country)) || attackerOf(f) == null || attackerOf(country) == null;
            if (f != country && inside && sameSide && Frame.sameTime(f.date(), country.date()) && country.holds(f.location())) {
                killed += Frame.best(f.killed());
                injured += Frame.best(f.injured());
                parts += f.hasFigures() ? 1 : 0;
                finer++;
            }
        }
        boolean summed = parts > 0 && killed >= country.most(Toll.Kind.KILLED) && injured >= country.most(Toll.Kind.INJURED);
        if (region) {
            return summed; // a region's own total stands unless places attacked by the same side account for it
        }
        return parts >= 2 || summed || !country.tellsAnyToll() && finer > 0;
    }
}
