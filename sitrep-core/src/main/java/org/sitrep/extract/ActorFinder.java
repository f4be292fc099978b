package org.sitrep.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.lexicon.Lexicon;
import org.sitrep.model.Actor;

/**
 * Finds who attacked in a sentence: an actor named right before a force or attack word ("Russian drones",
 * "Israeli strikes", "Russia fired"), or after "by". An actor after "on", "against" or "in" is where the
 * attack fell, not who made it.
 */
final class ActorFinder {

    private static final Set<String> NOT_ATTACKER_BEFORE = Set.of("on", "against", "in", "into", "over", "across",
            "of", "from", "towards", "toward", "inside", "to", "at", "with");
    private static final java.util.regex.Pattern NEXT_WORDS = java.util.regex.Pattern.compile("^(?:'s|’s)?(?:[\\s-]+[\\p{L}'’]+){1,3}");

    private static final java.util.regex.Pattern REPORTING = java.util.regex.Pattern.compile("(?i)\\b(said|says|say|reported|reports|told|claimed|claims|announced|confirmed)\\b");
    private final Lexicon actors = Lexicon.load("/org/sitrep/extract/actors.tsv");
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

    /** The first attacker a sentence names, or null. */
    Actor attacker(String text) {
        List<Named> all = attackers(text);
        return all.isEmpty() ? null : all.get(0).actor();
    }

    /** Every attacker a sentence names, in order. */
    List<Named> attackers(String text) {
        List<Named> out = new java.util.ArrayList<>();
        for (Lexicon.Match m : actors.find(text)) {
            String before = lastWord(text.substring(0, m.start()));
            if (NOT_ATTACKER_BEFORE.contains(before)) {
                continue;
            }
            java.util.regex.Matcher next = NEXT_WORDS.matcher(text.substring(m.end()));
            boolean byActor = before.equals("by");
            boolean found = next.find();
            if (found && REPORTING.matcher(next.group()).find()) {
                continue; // "Ukraine's air force said": the reporter, not the attacker
            }
            boolean forceAfter = found && attackWords.find(next.group()).stream().findAny().isPresent();
            if (byActor || forceAfter) {
                out.add(new Named(actor(m.value()), m.start()));
            }
        }
        return out;
    }

    /** Every actor a sentence names, in order, for political events. */
    List<Actor> all(String text) {
        return actors.find(text).stream().map(m -> actor(m.value())).distinct().toList();
    }

    private static Actor actor(String value) {
        String[] p = value.split("\\|", -1);
        return new Actor(p[0], p[1].isEmpty() ? null : p[1], p[2]);
    }

    private static String lastWord(String s) {
        String[] w = s.strip().split("\\s+");
        return w.length == 0 ? "" : w[w.length - 1].toLowerCase(Locale.ROOT);
    }
}
