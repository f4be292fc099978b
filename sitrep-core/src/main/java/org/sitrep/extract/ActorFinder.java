package org.sitrep.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import org.sitrep.lexicon.Lexicon;
import org.sitrep.lexicon.Words;
import org.sitrep.model.Actor;

/**
 * Finds who attacked in a sentence: an actor named right before a force or attack word ("Russian drones",
 * "Israeli strikes", "Russia fired"), or after "by". An actor after "on", "against" or "in" is where the
 * attack fell, not who made it.
 */
final class ActorFinder {

    /** Words after which an actor is where the attack fell or what it destroyed ("destroyed Russian bombers"). */
    private static final Set<String> NOT_ATTACKER_BEFORE = Set.of("on", "against", "in", "into", "over", "across",
            "of", "from", "towards", "toward", "inside", "to", "at", "with", "destroyed", "damaged", "hit", "struck",
            "downed", "intercepted", "targeted", "attacked", "shelled", "bombed", "wrecked");

    /** "Houthi-controlled ports", "Russian-held Melitopol": whose ground it is, not who struck it. */
    private static final java.util.regex.Pattern HELD_AFTER = java.util.regex.Pattern.compile("-(?:controlled|held|occupied|administered|affiliated)\\b");
    private static final java.util.regex.Pattern BACKED_AFTER = java.util.regex.Pattern.compile("-(?:backed|run|funded|supported|brokered|based)\\b");
    private static final Set<String> SUPPLIED_TO = Set.of("to", "for", "of");

    /** "supported by Iran", "brokered by the US": what a party did that is no attack. */
    private static final java.util.Set<String> NOT_DONE_BY = java.util.Set.of("supported", "backed", "armed", "funded", "financed",
            "sponsored", "equipped", "trained", "supplied", "condemned", "criticised", "criticized", "denied", "welcomed", "mediated",
            "brokered", "hosted", "proposed", "accused", "blamed", "run", "operated", "controlled", "held", "recognised", "recognized");
    private static final java.util.regex.Pattern COUNTED = java.util.regex.Pattern.compile("\\d[\\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds");
    private static final Set<String> PERSONNEL = Set.of("soldiers", "troops", "servicemen", "personnel", "officers");
    /** "a 26-year-old Indian Navy officer ... was killed": one person of a force, who died, not an attacker. */
    private static final java.util.regex.Pattern ONE_OF_A_FORCE = java.util.regex.Pattern.compile(
            "^(?:\\s+\\p{Lu}\\p{L}+)?\\s+(?:officer|soldier|serviceman|sailor|pilot|commander|policeman|guard)\\b[^.;]*\\b(?:was|were) (?:killed|wounded|injured|shot dead)\\b");
    private static final Set<String> ONE = Set.of("a", "an");
    private static final Set<String> BLAMING = Set.of("blamed", "blames", "blaming", "accused", "accuses", "accusing");
    private static final java.util.regex.Pattern OWNER_OR_ABBREVIATION = java.util.regex.Pattern.compile("^(?:'s|’s|\\s*\\([\\p{L}-]{1,12}\\))");
    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("\\G[\\s-]+([\\p{L}]+)");
    private static final Set<String> MODIFIERS = Set.of("has", "have", "had", "been", "also", "then", "later", "led", "backed",
            "air", "armed", "naval", "overnight", "latest", "new", "massive", "heavy", "deadly", "recent", "ballistic",
            "cruise", "guided", "fighter", "special", "security", "defence", "defense", "and", "large", "combined", "renewed",
            "long", "range", "precision", "kamikaze", "suicide", "attack", "cross", "border", "surprise", "coordinated",
            "responded", "retaliated", "with", "a", "barrage", "wave", "salvo", "volley", "of"); // "Iran responded with a barrage of missiles"
    /** "Israel said it sent 40 jets to bomb targets": an actor that says it attacked. */
    private static final java.util.regex.Pattern SAID_IT = java.util.regex.Pattern.compile("(?i)(?:'s|’s)?\\s+(?:said|says|claimed|claims|announced|confirmed)"
            + "\\s+(?:that\\s+)?(?:it|they)\\s+(?:had\\s+|has\\s+|have\\s+)?(?:launched|struck|hit|fired|attacked|bombed|sent|carried out|targeted|shot down)\\b");
    private static final java.util.regex.Pattern REPORTING = java.util.regex.Pattern.compile("(?i)\\b(said|says|say|reported|reports|told|claimed|claims|announced|confirmed)\\b");
    private final Lexicon actors = Lexicon.load("/org/sitrep/extract/actors.tsv");
    private final Lexicon leaders = Lexicon.load("/org/sitrep/extract/leaders.tsv");
    private final Lexicon attackWords;

    ActorFinder(Lexicon attackWords) {
        this.attackWords = attackWords;
    }

    /** Actors that are not countries' state forces, such as "Hamas": never read as places. */
    boolean isNonStateActor(String phrase) {
        String v = actors.valueOf(phrase);
        return v != null && !v.endsWith("|state_forces");
    }

    /** True when the phrase names a party ("Moscow", "Kyiv" used for governments). */
    boolean isActor(String phrase) {
        return actors.valueOf(phrase) != null;
    }

    /** An attacker named at a character offset of its sentence. */
    record Named(Actor actor, int at) {
    }

    /** Every attacker a sentence names, in order. */
    List<Named> attackers(Words words) {
        String text = words.text();
        List<Named> out = new java.util.ArrayList<>();
        for (Lexicon.Match m : actors.find(words)) {
            String prefix = text.substring(0, m.start()), rest = text.substring(m.end());
            String[] prefixWords = prefix.strip().split("\\s+");
            String before = wordFromEnd(prefixWords, 1), secondLast = wordFromEnd(prefixWords, 2);
            if (before.equals("the") && SUPPLIED_TO.contains(secondLast) && forceNamedAfter(rest)) {
                continue; // "supplies fuel to the Russian army": the army is no attacker there
            }
            boolean possessive = m.text().endsWith("'s") || m.text().endsWith("’s"); // "in response to Hamas's attack"
            if (NOT_ATTACKER_BEFORE.contains(before) && !possessive || COUNTED.matcher(before).matches() && forceFollows(rest)) {
                continue; // "19 Indian soldiers were killed": the soldiers counted are victims ("14 Ukrainian drones" still attack)
            }
            if ((ONE.contains(before) || before.endsWith("-year-old")) && ONE_OF_A_FORCE.matcher(rest).find()) {
                continue;
            }
            boolean throughOwner = (before.equals("the") || before.endsWith("'s") || before.endsWith("’s")) && secondLast.equals("by");
            boolean byActor = !BACKED_AFTER.matcher(rest).lookingAt() && (before.equals("by") && !NOT_DONE_BY.contains(secondLast) || throughOwner);
            // "by the Sudanese army", "fired by Yemen's Houthi rebels"; not "run by the US-backed foundation"
            boolean forceAfter = !HELD_AFTER.matcher(rest).lookingAt() && (attackWordFollows(rest) || SAID_IT.matcher(rest).lookingAt());
            boolean blamed = blamedBefore(prefix.substring(Math.max(0, prefix.length() - 60)));
            // "the government blamed the RSF": the one said to have attacked
            if (byActor || forceAfter || blamed) {
                out.add(new Named(actor(m.value()), m.start()));
            }
        }
        return out;
    }

    /** Every actor a sentence names, in order, for political events. */
    List<Actor> all(Words words) {
        return actors.find(words).stream().map(m -> actor(m.value())).distinct().toList();
    }

    /**
     * True when the words right after an actor's name are an attack or force word, passing over a
     * possessive, auxiliaries and a few modifiers: "Russian drones", "Israel's air strikes", "India has launched".
     */
    /**
     * The two parties of a political act whose word starts at {@code at}: who acts is the party named last before the
     * word, the subject ("Kyiv rejected", "Zelensky has in turn rejected"), or else the first named after it that is no
     * owner ("rejected by Moscow"); the other is the first other party named after it ("rejected Russia's truce").
     * A party may be named by a person who speaks for it (leaders.tsv). An empty list when none is named.
     */
    List<Actor> parties(Words words, int at) {
        List<Lexicon.Match> named = new java.util.ArrayList<>(actors.find(words));
        named.addAll(leaders.find(words));
        named.sort(java.util.Comparator.comparingInt(Lexicon.Match::start));
        String text = words.text();
        Lexicon.Match subject = null;
        for (Lexicon.Match m : named) {
            if (m.start() < at) {
                subject = m;
            } else if (subject == null && !OWNER_OR_ABBREVIATION.matcher(text.substring(m.end())).lookingAt()) {
                subject = m;
            }
        }
        if (subject == null && !named.isEmpty()) {
            subject = named.get(0);
        }
        if (subject == null) {
            return List.of();
        }
        Actor first = actor(subject.value());
        for (Lexicon.Match m : named) {
            Actor other = actor(m.value());
            if (m.start() > at && !other.equals(first)) {
                return List.of(first, other);
            }
        }
        return List.of(first);
    }

    private boolean attackWordFollows(String rest) {
        Matcher w = WORD.matcher(OWNER_OR_ABBREVIATION.matcher(rest).replaceFirst("")); // "the Rapid Support Forces (RSF) shelled"
        int seen = 0;
        while (w.find() && seen < 6) {
            String word = w.group(1);
            if (REPORTING.matcher(word).matches()) {
                return false;
            }
            String kind = attackWords.valueOf(word);
            if (kind != null) {
                // "Pakistan's military says ...": a force named as the speaker, not as the attacker
                return !kind.equals("force") || !w.find() || !REPORTING.matcher(w.group(1)).matches();
            }
            if (!MODIFIERS.contains(word.toLowerCase(Locale.ROOT))) {
                return false;
            }
            seen++;
        }
        return false;
    }

    private boolean forceNamedAfter(String rest) {
        Matcher w = WORD.matcher(rest);
        return w.find() && "force".equals(attackWords.valueOf(w.group(1)));
    }

    private static boolean forceFollows(String rest) {
        Matcher w = WORD.matcher(rest);
        return w.find() && PERSONNEL.contains(w.group(1).toLowerCase(Locale.ROOT));
    }

    private static Actor actor(String value) {
        String[] p = value.split("\\|", -1);
        return new Actor(p[0], p[1].isEmpty() ? null : p[1], p[2]);
    }

    /** "blamed the RSF", "blaming the paramilitary RSF": a blaming word, then only lower-case words, before the actor. */
    private static boolean blamedBefore(String before) {
        String[] w = before.strip().split("\\s+");
        for (int i = w.length - 1; i >= Math.max(0, w.length - 4); i--) {
            String word = w[i].toLowerCase(Locale.ROOT);
            if (BLAMING.contains(word)) {
                return true;
            }
            if (!w[i].equals(word) || !word.chars().allMatch(Character::isLetter)) {
                return false;
            }
        }
        return false;
    }

    /** The {@code k}-th word from the end, lower-cased: 2 gives "supported" in "the SAF is supported by Iran". */
    private static String wordFromEnd(String[] words, int k) {
        return words.length < k ? "" : words[words.length - k].toLowerCase(Locale.ROOT);
    }
}
