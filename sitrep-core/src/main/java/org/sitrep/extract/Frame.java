package org.sitrep.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Actor;
import org.sitrep.model.Casualties;
import org.sitrep.model.Count;
import org.sitrep.model.Damage;
import org.sitrep.model.DateMention;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.Evidence;
import org.sitrep.model.Location;
import org.sitrep.model.PlaceMention;
import org.sitrep.model.Sentence;

/** One attack being assembled: the place, the date and everything the sentences about it said. */
final class Frame {

    /** How many days before the reported attack another one counts as history. */
    private static final int HISTORY_DAYS = 20;
    private static final int COUNTRY_HISTORY_DAYS = 7;
    static final Pattern DAMAGE = Pattern.compile("(?i)\\b(destroyed|damaged|ablaze|burned|collapsed|hit|struck)\\b");
    private static final Pattern FORCES_OF = Pattern.compile("\\b(\\p{Lu}[a-z]+)\\s+(?:soldiers|troops|servicemen)\\b");
    private static final Pattern INTERCEPTED = Pattern.compile("(?i)\\b(?:intercept(?:ed|s)?|shot down|downed)\\b");
    private static final Pattern LAUNCHED = Pattern.compile("(?i)\\b(?:launch(?:ed|es)?|fired|struck|hit|attacked)\\b");
    /** "Russia could be planning to launch a missile": weapons that may be fired, not weapons that were. */
    private static final Pattern HYPOTHETICAL = Pattern.compile("(?i)\\b(?:could|might|may|planning to|plans to|threaten(?:ed|s)? to|preparing to)\\b");

    /** "Two Israeli soldiers were killed": a toll of one side's forces, and that side's adjective. */
    private record ForceToll(Toll toll, String side) {
    }

    /** What the article's first attack report said: its weapons cover each place reported after it at that date. */
    record Lead(List<String> weapons, Actor attacker, EventDate date) {
    }

    private final String text;
    private final Location location;
    private final EventDate date;
    private final Set<String> weapons = new LinkedHashSet<>();
    private final Set<String> targets = new LinkedHashSet<>();
    private final Set<String> sources = new LinkedHashSet<>();
    private final List<Evidence> evidence = new ArrayList<>();
    private final List<Damage> damage = new ArrayList<>();
    private final List<ForceToll> forceTolls = new ArrayList<>();
    private Actor attacker;
    /** The attacker named by the last attack report before this frame began, if any. */
    private Actor attackerBefore;
    private Count killed, injured, childrenKilled, childrenInjured;
    private boolean killedUpdated, injuredUpdated, attackWord;
    /** Whether a sentence told of weapons fired, not only of weapons shot down. */
    private boolean fired;
    /** Whether a sentence told of what was hit in a country it named by adjective ("hit back at Indian military installations"). */
    private boolean targetsHit;
    private int lastParagraph;
    private int attackerSentence = -1;
    /** "north", "south", "east" or "west" where the text named only that part of the region ("southern Gaza"), else null. */
    private final String side;
    /** Whether the text spoke of the whole region ("across Gaza"): its toll is the region's, not one place's. */
    private boolean wide;
    /** Told as an attack of its own ("Later on Saturday, a drone strike on a tent in al-Mawasi ..."): not part of a city's. */
    private boolean apart;
    private boolean scene;
    /** The first sentence that named this frame's place. */
    private int placeSentence = -1;

    Frame(Location location, EventDate date, String side, String text) {
        this.location = location;
        this.date = date;
        this.side = side;
        this.text = text;
    }

    Location location() {
        return location;
    }

    EventDate date() {
        return date;
    }

    /** The dead told of this frame's attack, or null when no sentence said. */
    Count killed() {
        return killed;
    }

    /** The injured told of this frame's attack, or null when no sentence said. */
    Count injured() {
        return injured;
    }

    /** Whether a sentence said this frame's toll rose ("the number of injured increased to 23"). */
    boolean tollRose() {
        return killedUpdated || injuredUpdated;
    }

    /** The part of the region the text named ("south" for "southern Gaza"), or null. */
    String side() {
        return side;
    }

    Set<String> weapons() {
        return weapons;
    }

    /** Who attacked, as a sentence about this frame said; null when none did. */
    Actor attacker() {
        return attacker;
    }

    /** The attacker named by the last attack report before this frame began, or null. */
    Actor attackerBefore() {
        return attackerBefore;
    }

    /** The index of the first sentence that named this frame's place, or -1. */
    int placeSentence() {
        return placeSentence;
    }

    /** The paragraph of the last sentence this frame took. */
    int lastParagraph() {
        return lastParagraph;
    }

    /** Whether the text spoke of the whole region ("across Gaza"). */
    boolean wide() {
        return wide;
    }

    /** Whether the text told this attack as one of its own ("Later, in another strike ..."). */
    boolean apart() {
        return apart;
    }

    /** Whether the text named this place as the scene of an attack told before at a coarser place ("the site of the attack"). */
    boolean scene() {
        return scene;
    }

    /** "the site of the attack in the Kharkiv region": this place is where the attack told before fell. */
    void sceneOfToldAttack() {
        scene = true;
    }

    /** "Across Gaza, 30 were killed": the toll is the region's as a whole. */
    void toldAcross() {
        wide = true;
    }

    /** "Later on Saturday, a drone strike on a tent ...": an attack of its own. */
    void toldApart() {
        apart = true;
    }

    /** "hit back at Indian military installations": what was hit in the country named by adjective. */
    void toldHitByAdjective() {
        targetsHit = true;
    }

    /** The attacker named by the last attack report before this frame began. */
    void toldBefore(Actor before) {
        attackerBefore = before;
    }

    /** "The army blamed the RSF for the attack": a later sentence that blames names the attacker. */
    void blame(Actor who, Sentence s) {
        attacker = who;
        attackerSentence = s.index();
        evidence.add(new Evidence("initiator", s.start(), s.end(), s.text()));
    }

    /**
     * The attacker a sentence names for this place, where it named another for the frame in the same sentence: the
     * place's own wins ("Russia struck Kharkiv and Ukraine hit Belgorod").
     */
    void attackerOfPlace(Actor who, int sentence) {
        if (who != null && attacker != null && !who.equals(attacker) && attackerSentence == sentence) {
            attacker = who;
        }
    }

    /** A state named near its own city ("the Russian ministry said") did not hit itself. */
    void forgetAttacker() {
        attacker = null;
    }

    /** The words that named this frame's place, in sentence {@code sentence}. */
    void placeNamed(PlaceMention p, int sentence) {
        evidence.add(new Evidence("location", p.start(), p.end(), p.text()));
        if (placeSentence < 0) {
            placeSentence = sentence;
        }
    }

    /** Evidence a sentence gave for one of this frame's fields. */
    void told(Evidence e) {
        evidence.add(e);
    }

    /** Whether a place lies in the part of this frame's region that the text named, or anywhere when it named none. */
    boolean holds(Location place) {
        if (side == null || place.lat() == null || place.lon() == null || location.lat() == null || location.lon() == null) {
            return true;
        }
        return switch (side) {
            case "north" -> place.lat() > location.lat();
            case "south" -> place.lat() < location.lat();
            case "east" -> place.lon() > location.lon();
            default -> place.lon() < location.lon();
        };
    }

    /** Whether a sentence gave this frame's {@code field} ("date", "location") in words. */
    boolean told(String field) {
        return evidence.stream().anyMatch(e -> e.field().equals(field));
    }

    /** Takes a sentence's reading; {@code direct} when the sentence names this frame's place. */
    void absorb(SentenceReading r, List<Toll> tolls, boolean direct) {
        Sentence s = r.sentence();
        lastParagraph = s.paragraph();
        attackWord |= r.attackWord();
        if (!r.weapons().isEmpty()) {
            fired |= (!INTERCEPTED.matcher(s.text()).find() || LAUNCHED.matcher(s.text()).find()) && !HYPOTHETICAL.matcher(s.text()).find();
            weapons.addAll(r.weapons());
            Weapons.dropGeneric(weapons);
            evidence.add(new Evidence("weapons", s.start(), s.end(), s.text()));
        }
        targets(r, s);
        if (attacker == null && r.attacker() != null) {
            attacker = r.attacker();
            attackerSentence = s.index();
            evidence.add(new Evidence("initiator", s.start(), s.end(), s.text()));
        }
        if (!r.sources().isEmpty()) {
            sources.addAll(r.sources());
        }
        if (!r.dates().isEmpty() && evidence.stream().noneMatch(e -> e.field().equals("date"))) {
            DateMention d = r.dates().get(0);
            evidence.add(new Evidence("date", d.start(), d.end(), d.text()));
        }
        tolls.forEach(t -> toll(t, direct));
    }

    void targets(SentenceReading r, Sentence s) {
        if (!r.targets().isEmpty()) {
            targets.addAll(r.targets());
            Matcher m = DAMAGE.matcher(s.text());
            if (m.find()) {
                String effect = m.group(1).toLowerCase(Locale.ROOT);
                for (String t : r.targets()) {
                    Damage d = new Damage(t, effect.equals("destroyed") ? "destroyed" : "damaged", null);
                    if (!damage.contains(d)) {
                        damage.add(d);
                    }
                }
            }
            evidence.add(new Evidence("targets", s.start(), s.end(), s.text()));
        }
    }

    /**
     * Records a toll. A sentence that names the place, or the victims, may raise the figure (tolls grow as
     * reports come in); one that only continues the frame fills a figure still missing or makes an open one
     * ("dozens", "at least 12") precise; an update ("rose to") replaces it; more victims ("were also killed") add to it.
     */
    void toll(Toll t, boolean direct) {
        Matcher forces = FORCES_OF.matcher(text.substring(t.start(), t.end()));
        if (forces.find()) {
            forceTolls.add(new ForceToll(t, forces.group(1))); // whose soldiers they were is weighed once the attacker is known
            return;
        }
        boolean killedToll = t.kind() == Toll.Kind.KILLED;
        evidence.add(new Evidence(killedToll ? "casualties.killed" : "casualties.injured", t.start(), t.end(),
                text.substring(t.start(), t.end())));
        Count old = killedToll ? killed : injured;
        boolean updated = killedToll ? killedUpdated : injuredUpdated;
        Count now;
        if (t.update()) {
            now = t.count();
        } else if (t.more() && old != null) {
            now = old.plus(t.count());
        } else if (updated || old != null && !direct && !t.named() && old.high() != null) {
            now = old;
        } else {
            now = old == null ? t.count() : larger(old, t.count());
        }
        if (killedToll) {
            killed = now;
            killedUpdated |= t.update();
            childrenKilled = larger(childrenKilled, t.children());
        } else {
            injured = now;
            injuredUpdated |= t.update();
            childrenInjured = larger(childrenInjured, t.children());
        }
    }

    /** Takes what another frame about the same attack said, and the larger of the two frames' figures. */
    void takeOverWithFigures(Frame other) {
        killed = larger(killed, other.killed);
        injured = larger(injured, other.injured);
        if (forceTolls.isEmpty()) {
            forceTolls.addAll(other.forceTolls); // "twenty Nigerien soldiers were killed": weighed once the attacker is known
        }
        takeOver(other);
    }

    /** The largest best figure of this kind told here, of victims or of a country's soldiers; 0 when none. */
    int most(Toll.Kind kind) {
        int own = best(kind == Toll.Kind.KILLED ? killed : injured);
        return Math.max(own, forceTolls.stream().filter(f -> f.toll().kind() == kind).mapToInt(f -> best(f.toll().count())).max().orElse(0));
    }

    /** Whether a killed or injured figure of victims is told here. */
    boolean hasFigures() {
        return killed != null || injured != null;
    }

    /** Whether any toll is told here, of victims or of a country's soldiers. */
    boolean tellsAnyToll() {
        return tells(Toll.Kind.KILLED) || tells(Toll.Kind.INJURED);
    }

    /** Whether a toll of this kind is told here, of victims or of a country's soldiers. */
    boolean tells(Toll.Kind kind) {
        return (kind == Toll.Kind.KILLED ? killed : injured) != null || forceTolls.stream().anyMatch(f -> f.toll().kind() == kind);
    }

    /** Takes what a coarser frame about the same attack said, keeping this frame's place and figures. */
    void takeOver(Frame other) {
        weapons.addAll(other.weapons);
        Weapons.dropGeneric(weapons);
        targets.addAll(other.targets);
        sources.addAll(other.sources);
        damage.addAll(other.damage.stream().filter(d -> !damage.contains(d)).toList());
        evidence.addAll(other.evidence);
        attackWord |= other.attackWord;
        if (attacker == null) {
            attacker = other.attacker;
        }
    }

    /**
     * "Israel launched its war after the Hamas attack of 7 October 2023": an attack weeks before the one reported,
     * told without figures, is history the article recalls, not an event it reports.
     */
    boolean history(EventDate now) {
        int days = location.level() == Location.Level.COUNTRY ? COUNTRY_HISTORY_DAYS : HISTORY_DAYS; // a whole country hit, no figures: background
        return killed == null && injured == null && forceTolls.isEmpty() && date.resolved() && now.resolved()
                && date.end().isBefore(now.start().minusDays(days));
    }

    /**
     * Enough to report: a toll, a weapon or an attack word; for a month- or year-wide date, a toll, as a bare
     * "invasion of Ukraine in February 2022" is history, not an attack; for a whole country, a toll or weapons
     * fired on a given day, as drones shot down somewhere over a country ("intercepted 25 drones overnight") hit no
     * place, and "a missile attack on Ukraine last week" without figures is history; or targets hit that day
     * ("Pakistan hit back at Indian military installations").
     */
    boolean hasAttackEvidence() {
        boolean tolls = killed != null || injured != null || !forceTolls.isEmpty();
        if (date.precision() == EventDate.Precision.MONTH || date.precision() == EventDate.Precision.UNKNOWN && date.resolved()) {
            return tolls;
        }
        if (location.level() == Location.Level.COUNTRY) {
            return tolls || (fired || targetsHit) && (date.precision() == EventDate.Precision.DAY || !date.resolved());
        }
        return tolls || !weapons.isEmpty() || attackWord;
    }

    /** The event this frame tells of; {@code fallback} is the attacker when no sentence named one. */
    Event toEvent(EventIds ids, Actor fallback, Lead lead) {
        Actor initiator = attacker != null ? attacker : fallback;
        for (ForceToll f : forceTolls) {
            if (initiator == null || !adjectiveOf(f.side(), initiator.name())) { // the attacking side's own dead are no victims
                evidence.add(new Evidence(f.toll().kind() == Toll.Kind.KILLED ? "casualties.killed" : "casualties.injured",
                        f.toll().start(), f.toll().end(), text.substring(f.toll().start(), f.toll().end())));
                if (f.toll().kind() == Toll.Kind.KILLED) {
                    killed = larger(killed, f.toll().count());
                } else {
                    injured = larger(injured, f.toll().count());
                }
            }
        }
        if (weapons.isEmpty() && lead.weapons() != null && sameTime(date, lead.date())
                && (lead.attacker() == null || lead.attacker().equals(initiator))) {
            weapons.addAll(lead.weapons()); // "overnight Russian drone and missile attacks" covers each place reported after it
        }
        boolean victims = best(killed) + best(injured) > 0;
        Event.Acled acled = acled(weapons, victims);
        Casualties c = new Casualties(killed, injured, childrenKilled, childrenInjured, victims ? Boolean.TRUE : null);
        Actor target = victims ? new Actor("civilians", location.countryCode(), "civilians") : null;
        double confidence = Math.min(0.95, 0.35 + (victims ? 0.2 : 0) + (weapons.isEmpty() ? 0 : 0.15)
                + (attacker != null ? 0.15 : 0) + (date.resolved() ? 0.1 : 0));
        String key = location.name() + "|" + location.level() + "|" + date.start() + "|" + date.text();
        return new Event(ids.id("attack", key), Event.Category.ATTACK, acled, "ASSAULT", date,
                location, initiator, target, List.copyOf(weapons), List.copyOf(targets), c, damage,
                List.copyOf(sources), dedupe(evidence), Math.round(confidence * 100) / 100.0);
    }

    /** The ACLED type and sub-type of an attack by its first weapon, and whether it had victims. */
    static Event.Acled acled(java.util.Collection<String> weapons, boolean victims) {
        String first = weapons.stream().findFirst().orElse(null);
        if (first == null) {
            return new Event.Acled("Explosions/Remote violence", null);
        }
        return switch (first) {
            case "drone", "airstrike", "aerial_bomb", "guided_aerial_bomb" -> new Event.Acled("Explosions/Remote violence", "Air/drone strike");
            case "explosive_device" -> new Event.Acled("Explosions/Remote violence", "Remote explosive/landmine/IED");
            case "small_arms" -> victims ? new Event.Acled("Violence against civilians", "Attack") : new Event.Acled("Battles", "Armed clash");
            default -> new Event.Acled("Explosions/Remote violence", "Shelling/artillery/missile attack");
        };
    }

    /** "Iranian" of Iran, "Ukrainian" of Ukraine, "Pakistani" of Pakistan. */
    static boolean adjectiveOf(String adjective, String country) {
        String stem = country.endsWith("e") || country.endsWith("a") ? country.substring(0, country.length() - 1) : country;
        return stem.length() >= 4 && adjective.startsWith(stem) && adjective.length() - stem.length() <= 4;
    }

    /** Overlapping dates, or both unresolved (an article without a publication date). */
    static boolean sameTime(EventDate a, EventDate b) {
        return a.overlaps(b) || !a.resolved() && !b.resolved();
    }

    /** One gazetteer entry however it was spelt ("Tulkarm", "Tulkarem"), or one unlisted place or region by its name. */
    static boolean samePlace(Location a, Location b) {
        return a.level() == b.level() && a.geonameId() != null && a.geonameId().equals(b.geonameId())
                || a.level() == b.level() && Objects.equals(a.geonameId(), b.geonameId()) && a.name().equals(b.name())
                || a.level() == b.level() && a.level() != Location.Level.CITY && Objects.equals(a.admin1(), b.admin1())
                && Objects.equals(a.countryCode(), b.countryCode()) && a.name().equals(b.name());
    }

    static int best(Count c) {
        return c == null || c.best() == null ? 0 : c.best();
    }

    private static List<Evidence> dedupe(List<Evidence> evidence) {
        return new ArrayList<>(new LinkedHashSet<>(evidence));
    }

    /** The higher of two readings of the same toll, by best figure: tolls grow as reports come in. */
    static Count larger(Count a, Count b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return a.raisedTo(b);
    }
}
